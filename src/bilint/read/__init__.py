"""Readers: files in, prose out, with every offset still that of the file."""
