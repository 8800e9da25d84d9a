"""The reader's own highlights and notes: anchoring in the article's text, export, commands.

A highlight is stored as its exact quote with a little text before and after it and its
character offsets in the article's plain text (the W3C Web Annotation TextQuoteSelector and
TextPositionSelector), so it is found again after the text changes (`anchoring`).
"""
