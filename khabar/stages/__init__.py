"""Document stages that are thin adapters over library functions in khabar.text / khabar.dates."""
