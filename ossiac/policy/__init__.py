"""RAM policies offline: validate documents (`validate`) and decide requests (`evaluate`)."""
