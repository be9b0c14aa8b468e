"""ossiac: Alibaba Cloud OSS estates as reviewed code, on CDK for Terraform."""

__version__ = "0.1.0"
