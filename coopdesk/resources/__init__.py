"""Assets shipped inside the package (the sample plan, icons), read with importlib.resources."""
