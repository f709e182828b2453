// The translation unit the capability libraries' shared precompiled header is built from.
