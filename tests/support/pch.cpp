// Owns the precompiled header the tests share (see tests/CMakeLists.txt).
