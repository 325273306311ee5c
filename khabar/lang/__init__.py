"""Language data: one folder per language, constants only.

Each sub-package (``ar``, ``fa``, ``en``) holds plain tables (normalization maps, punctuation,
abbreviations, month names, trigger lexicons ...) and no logic. Code that uses them lives in
``khabar.text`` and the stages. Adding a language is adding a folder.
"""
