"""Intake: readers that turn files, exports, feeds and stdin into documents."""
