"""The home screen: Start now, the three practice cards and their Customise panels."""
