"""cdktf app entry point: `python main.py` and `cdktf synth` both write cdktf.out/stacks/<name>/cdk.tf.json."""

import os

# Node 20 makes jsii print an end-of-life banner on every start, and Terraform tools phone home
# for version checks; neither belongs in an offline, scripted synth.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
os.environ.setdefault("CHECKPOINT_DISABLE", "1")

from cdktf import App  # noqa: E402

from ossiac_stacks.example_stack import ExampleStack  # noqa: E402

app = App()
ExampleStack(app, "example", region="cn-hangzhou", bucket="ossiac-example-private")
app.synth()
