"""Security scanning of synthesized stacks (checkov), with waivers carried in the JSON."""
