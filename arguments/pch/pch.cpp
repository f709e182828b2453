// The translation unit the capability libraries' shared precompiled header is built from
// (arguments/CMakeLists.txt, target elenchus_arguments_pch). Not a capability: no code, no
// namespace; it sits in a folder of its own so that arguments/ holds only capabilities.
