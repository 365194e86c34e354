"""Built-in newslint rule packs (YAML data; installed as ``lint.builtin_rules``)."""
