"""`ossiac import`: discover existing buckets, declare them as found, adopt them on the next deploy."""
