# Included by project() as CMAKE_USER_MAKE_RULES_OVERRIDE, after the compiler's own defaults:
# an _INIT value set here replaces CMake's "-O3 -DNDEBUG" for Release, where one set before
# project() is only prepended to it (GCC then sees "-O2 -DNDEBUG -O3 -DNDEBUG" and builds at
# -O3). -O2: the time of a check is spent inside Z3 (a prebuilt library), and -O2 keeps a
# clean build within its budget (docs/performance.md). An initial value only, so a user's
# -DCMAKE_CXX_FLAGS_RELEASE=... wins.
set(CMAKE_CXX_FLAGS_RELEASE_INIT "-O2 -DNDEBUG")
