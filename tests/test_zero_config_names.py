"""Zero-config SDKs that read as if a person had configured them (issue 17): each rule of README
"Zero-config inference" on a small fixture of `tests/fixtures/zero_config/`, generated with no
config, imported, and called against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import naming
from tests.test_zero_config_fixes import ZERO, generate, recorded, run_python


# ----- package and client names ------------------------------------------------------------------


@pytest.mark.parametrize("title,server,client,package", [
    ("GitHub's official OpenAPI spec + Octokit extension", "https://api.github.com", "GitHub", "github"),
    ("Stripe API", "https://api.stripe.com/", "Stripe", "stripe"),
    ("Twilio - Api", "https://api.twilio.com", "Twilio", "twilio"),
    ("DigitalOcean API", "https://api.digitalocean.com", "DigitalOcean", "digitalocean"),
    ("Kubernetes", "", "Kubernetes", "kubernetes"),
    ("API Reference", "https://api.cohere.com", "Cohere", "cohere"),  # generic: the host names it
    ("Azure OpenAI Service API", "https://{endpoint}/openai", "AzureOpenAI", "azure_openai"),
    ("Legacy Inventory REST API v2.1", "http://localhost", "LegacyInventory", "legacy_inventory"),
    ("The Acme Corporation Widget Ordering Platform", "https://api.acme.co.uk/v1", "Acme", "acme"),  # long
    ("Supercalifragilisticexpialidocious Extraordinaire", "", "Supercalifragilisticexpialidoc",
     "supercalifragilisticexpialidoc"),  # one word over 30 characters is cut
])
def test_product_words_from_title_or_host(title: str, server: str, client: str, package: str) -> None:
    words = naming.product_words(title, server)
    assert (naming.client_class_words(words), naming.package_words(words)) == (client, package)
    assert len(naming.client_class_words(words)) <= naming.MAX_CLIENT_NAME


def test_package_client_and_env_names_come_from_the_cleaned_title(tmp_path: Path) -> None:
    """GitHub's title gave `git_hub_s_official_open_api_spec_octokit_extension` and
    `GitHubSOfficialOpenAPISpecOctokitExtension`; now `github`, `GitHub` and `GITHUB_API_KEY`."""
    out, _ = generate(tmp_path, "title.yaml")
    assert [p.name for p in (out / "src").iterdir()] == ["github"]
    assert 'name = "github"' in (out / "pyproject.toml").read_text()
    seen = recorded("""
import os
from github import GitHub, AsyncGitHub, GitHubError
os.environ["GITHUB_API_KEY"] = "k1"
print(GitHub(base_url="BASE", max_retries=0).zen.retrieve().id)
""", out)
    assert seen == [["GET", "/zen"]]
