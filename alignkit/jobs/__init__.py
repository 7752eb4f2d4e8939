"""Jobs compose recipes' entry points (`main(cfg)`); recipes import only the library, never each other."""
