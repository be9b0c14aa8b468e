"""JSON text as cdktf writes it (json-stable-stringify, two spaces), so files synth rewrites read as cdktf's."""

from __future__ import annotations

from ossiac.cdktf_json import loads, stable_stringify

# As cdktf 0.21 writes it: keys sorted by UTF-16 code unit (U+1F600 sorts before U+FF5E), empty
# lists and objects over two lines, numbers as JavaScript writes them, non-ASCII and "/" unescaped.
CDKTF_TEXT = """{
  "//": {
    "metadata": {
      "overrides": {
      },
      "path": "media/bucket"
    }
  },
  "list": [
    1,
    2.5,
    1e-7,
    true,
    null,
    [
    ]
  ],
  "text": "caf\\u00e9 \\"quoted\\" a/b \\u0001 caf\u00e9",
  "\U0001f600": "astral",
  "\uff5e": "bmp"
}"""


def test_cdktf_text_is_written_back_byte_for_byte():
    assert stable_stringify(loads(CDKTF_TEXT)) == CDKTF_TEXT.replace("caf\\u00e9 ", "caf\u00e9 ")


def test_a_new_value_is_written_where_cdktf_would_put_it():
    data = loads(CDKTF_TEXT)
    data["//"]["metadata"]["overrides"]["alicloud_oss_bucket_acl"] = ["lifecycle"]
    text = stable_stringify(data)
    assert (
        '      "overrides": {\n        "alicloud_oss_bucket_acl": [\n          "lifecycle"\n        ]\n      },' in text
    )
