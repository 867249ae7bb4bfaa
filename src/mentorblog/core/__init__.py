"""The values every stage shares: the frozen model, errors, urls, dates, typo hints."""
