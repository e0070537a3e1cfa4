# Hand-written: a package the official layout has for types of a sub-resource; it holds no
# types of its own yet, and exists so that imports of it keep working.
