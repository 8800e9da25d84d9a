"""Bringing articles in: files and folders, web pages, feeds and OPML subscription lists."""
