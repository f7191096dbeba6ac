"""Runs scripts and holds their state; knows elements, never widgets."""
