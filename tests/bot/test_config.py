from datetime import timedelta

import pytest

from bot.config import Secret, Settings, parse_duration
from bot.errors import ConfigError


def test_defaults_from_an_empty_environment():
    settings = Settings.from_env({})
    assert settings.database_url.startswith("sqlite:///")
    assert settings.sla_thresholds == (
        timedelta(hours=12),
        timedelta(hours=4),
        timedelta(hours=1),
        timedelta(0),
    )
    assert settings.retention_days == 30


def test_every_problem_is_named_at_once():
    env = {
        "PORT": "99999",
        "WISMO_RETENTION_DAYS": "-3",
        "WISMO_SLA_THRESHOLDS": "12h,soon",
        "WISMO_INBOX": "pop3://mail.example",
        "SMTP_URL": "smtp://user:pw@127.0.0.1:2525",
        "WISMO_AGENTS": "U123,bob",
    }
    with pytest.raises(ConfigError) as info:
        Settings.from_env(env)
    message = str(info.value)
    for name in (
        "PORT",
        "WISMO_RETENTION_DAYS",
        "WISMO_SLA_THRESHOLDS",
        "WISMO_INBOX",
        "WISMO_FROM",
        "WISMO_AGENTS",
    ):
        assert name in message
    assert "bob" in message
    assert len(info.value.problems) == 6


def test_secrets_never_show_in_repr_or_description():
    env = {
        "SLACK_BOT_TOKEN": "xoxb-very-secret",
        "SMTP_URL": "smtps://me:hunter2@mail.example:465",
        "WISMO_FROM": "support@example.com",
        "DATABASE_URL": "postgresql+psycopg://wismo:dbpass@db/wismo",
        "WISMO_INBOX": "imaps://me:imappass@mail.example/INBOX",
    }
    settings = Settings.from_env(env)
    text = repr(settings) + str(settings.describe())
    for secret in ("xoxb-very-secret", "hunter2", "dbpass", "imappass"):
        assert secret not in text
    assert settings.slack_bot_token.reveal() == "xoxb-very-secret"
    assert repr(Secret("x")) == "Secret('***')"


def test_thresholds_are_sorted_from_most_time_left():
    settings = Settings.from_env({"WISMO_SLA_THRESHOLDS": "1h, 0h, 30m, 6h"})
    assert settings.sla_thresholds == (
        timedelta(hours=6),
        timedelta(hours=1),
        timedelta(minutes=30),
        timedelta(0),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12h", timedelta(hours=12)),
        ("90m", timedelta(minutes=90)),
        ("2", timedelta(hours=2)),
        ("1d", timedelta(days=1)),
        ("45s", timedelta(seconds=45)),
    ],
)
def test_durations(text, expected):
    assert parse_duration(text) == expected


def test_policy_allow_lists_are_overridable_per_deployment():
    from bot.bootstrap import policy_from_settings
    from compliance import check

    text = "The manual is at https://help.mystore-support.com/x or call +49 800 123 4567."
    assert not check(text, policy=policy_from_settings(Settings.from_env({}))).compliant
    settings = Settings.from_env(
        {
            "WISMO_ALLOWED_LINK_DOMAINS": "help.mystore-support.com",
            "WISMO_ALLOWED_PHONES": "+49 800 123 4567",
        }
    )
    assert check(text, policy=policy_from_settings(settings)).compliant


def test_malformed_allow_list_entries_are_named():
    with pytest.raises(ConfigError) as info:
        Settings.from_env(
            {"WISMO_ALLOWED_LINK_DOMAINS": "not a domain", "WISMO_ALLOWED_PHONES": "12"}
        )
    assert "WISMO_ALLOWED_LINK_DOMAINS" in str(info.value) and "WISMO_ALLOWED_PHONES" in str(
        info.value
    )


def test_web_concurrency_is_a_positive_process_count():
    assert Settings.from_env({}).web_concurrency is None  # wismo serve picks
    assert Settings.from_env({"WEB_CONCURRENCY": "3"}).web_concurrency == 3
    for bad in ("0", "two"):
        with pytest.raises(ConfigError) as info:
            Settings.from_env({"WEB_CONCURRENCY": bad})
        assert "WEB_CONCURRENCY" in str(info.value)


def test_http_front_limits_are_positive():
    defaults = Settings.from_env({})
    assert defaults.http_read_timeout == 10.0
    assert defaults.webhook_max_bytes == 25 * 1024 * 1024
    chosen = Settings.from_env({"WISMO_HTTP_READ_TIMEOUT": "2.5", "WISMO_WEBHOOK_MAX_BYTES": "500"})
    assert (chosen.http_read_timeout, chosen.webhook_max_bytes) == (2.5, 500)
    with pytest.raises(ConfigError) as info:
        Settings.from_env({"WISMO_HTTP_READ_TIMEOUT": "0", "WISMO_WEBHOOK_MAX_BYTES": "10MB"})
    assert "WISMO_HTTP_READ_TIMEOUT" in str(info.value)
    assert "WISMO_WEBHOOK_MAX_BYTES" in str(info.value)


def test_log_format_is_text_or_json():
    assert Settings.from_env({}).log_format == "text"
    assert Settings.from_env({"WISMO_LOG_FORMAT": "JSON"}).log_format == "json"
    with pytest.raises(ConfigError) as info:
        Settings.from_env({"WISMO_LOG_FORMAT": "xml"})
    assert "WISMO_LOG_FORMAT" in str(info.value)


def test_imap_idle_is_on_and_renewed_within_29_minutes():
    from datetime import timedelta

    settings = Settings.from_env({})
    assert settings.imap_idle is True and settings.imap_idle_renew == timedelta(minutes=29)
    settings = Settings.from_env({"WISMO_IMAP_IDLE": "off", "WISMO_IMAP_IDLE_RENEW": "10m"})
    assert settings.imap_idle is False and settings.imap_idle_renew == timedelta(minutes=10)
    for name, bad in (("WISMO_IMAP_IDLE", "maybe"), ("WISMO_IMAP_IDLE_RENEW", "30m"),
                      ("WISMO_IMAP_IDLE_RENEW", "2s")):  # fmt: skip
        with pytest.raises(ConfigError) as info:
            Settings.from_env({name: bad})
        assert name in str(info.value)


def test_the_worker_metrics_port_is_off_unless_set():
    assert Settings.from_env({}).metrics_port is None
    assert Settings.from_env({"WISMO_METRICS_PORT": "9464"}).metrics_port == 9464
    with pytest.raises(ConfigError) as info:
        Settings.from_env({"WISMO_METRICS_PORT": "70000"})
    assert "WISMO_METRICS_PORT" in str(info.value)


def test_authserv_ids_are_host_names_and_unset_means_not_checked():
    assert Settings.from_env({}).authserv_ids == ()
    settings = Settings.from_env({"WISMO_AUTHSERV_ID": " MX.Google.com , mail.example.org "})
    assert settings.authserv_ids == ("mx.google.com", "mail.example.org")
    for bad in ("mx.example.org; dkim=pass", "two words", "-mx"):
        with pytest.raises(ConfigError) as info:
            Settings.from_env({"WISMO_AUTHSERV_ID": bad})
        assert "WISMO_AUTHSERV_ID" in str(info.value)


def test_secrets_may_be_given_as_files_read_once_and_never_shown(tmp_path):
    token = tmp_path / "slack_token"
    token.write_text("xoxb-from-a-file\n")
    smtp = tmp_path / "smtp_url"
    smtp.write_text("smtps://me:filepass@mail.example:465")
    env = {
        "SLACK_BOT_TOKEN_FILE": str(token),
        "SMTP_URL_FILE": str(smtp),
        "WISMO_FROM": "support@example.com",
    }
    settings = Settings.from_env(env)
    token.write_text("xoxb-changed-later")  # read once, at start
    assert settings.slack_bot_token.reveal() == "xoxb-from-a-file"
    assert settings.smtp_url.reveal() == "smtps://me:filepass@mail.example:465"
    text = repr(settings) + str(settings.describe())
    assert "xoxb-from-a-file" not in text and "filepass" not in text


def test_a_secret_file_that_cannot_be_read_or_a_value_given_twice_is_named(tmp_path):
    secret = tmp_path / "dhl"
    secret.write_text("dhl-key-value")
    env = {
        "SPAPI_REFRESH_TOKEN_FILE": str(tmp_path / "missing"),
        "DHL_API_KEY": "inline",
        "DHL_API_KEY_FILE": str(secret),
    }
    with pytest.raises(ConfigError) as info:
        Settings.from_env(env)
    message = str(info.value)
    assert "SPAPI_REFRESH_TOKEN_FILE" in message and "missing" in message
    assert "DHL_API_KEY_FILE: DHL_API_KEY is set too" in message
    assert "dhl-key-value" not in message and "inline" not in message


ACCOUNTS = """
[[accounts]]
id = "us"
seller_name = "Brightwater Home"
channel = "C0US"
agents = ["U0US", "S0USTEAM"]
mail_from = "Support <us@brightwater.example>"
smtp_url = "smtps://us:uspass@mail.example:465"
inboxes = ["imaps://us:imappass@mail.example/INBOX"]
marketplaces = ["US", "ca"]

[[accounts]]
id = "eu"
channel = "C0EU"
agents = ["U0EU"]
managers = ["U0BOSS"]
mail_from = "eu@brightwater.example"
smtp_url_file = "{smtp_file}"
spapi_region = "eu"
spapi_client_id = "amzn1.application-oa2-client.eu"
spapi_refresh_token_file = "{token_file}"
"""


def test_an_accounts_file_names_each_account_and_reads_its_secret_files(tmp_path):
    smtp_file, token_file = tmp_path / "smtp", tmp_path / "token"
    smtp_file.write_text("smtp://eu:eupass@127.0.0.1:2525\n")
    token_file.write_text("Atzr|eu-refresh-token")
    path = tmp_path / "accounts.toml"
    path.write_text(ACCOUNTS.format(smtp_file=smtp_file, token_file=token_file))
    settings = Settings.from_env({"WISMO_ACCOUNTS_FILE": str(path)})
    us, eu = settings.accounts
    assert (us.id, us.seller_name, us.channel, us.agents) == (
        "us", "Brightwater Home", "C0US", ("U0US", "S0USTEAM")
    )  # fmt: skip
    assert us.marketplaces == ("US", "CA") and us.sells_in("CA") and not us.sells_in("DE")
    assert eu.seller_name == "Customer Service" and eu.sells_in("JP")  # none named: all
    assert eu.smtp_url == "smtp://eu:eupass@127.0.0.1:2525"
    assert eu.spapi_refresh_token == "Atzr|eu-refresh-token" and eu.spapi_region == "eu"
    assert eu.readers == ("U0EU", "U0BOSS") and settings.account("eu") is eu
    assert settings.account("default") is None
    text = repr(settings) + str(settings.describe())
    for secret in ("uspass", "imappass", "eupass", "eu-refresh-token"):
        assert secret not in text


def test_without_an_accounts_file_the_single_account_variables_make_the_default_account():
    env = {
        "WISMO_CHANNEL": "C0QUEUE",
        "WISMO_AGENTS": "U0AGENT",
        "WISMO_FROM": "support@example.com",
        "SMTP_URL": "smtp://127.0.0.1:25",
        "WISMO_INBOX": "dir:///srv/mail",
        "WISMO_SELLER_NAME": "Acme",
        "SPAPI_REGION": "eu",
    }
    (account,) = Settings.from_env(env).accounts
    assert account.id == "default" and account.channel == "C0QUEUE"
    assert account.agents == ("U0AGENT",) and account.mail_from == "support@example.com"
    assert account.smtp_url == "smtp://127.0.0.1:25" and account.inboxes == ("dir:///srv/mail",)
    assert account.seller_name == "Acme" and account.spapi_region == "eu"


def test_every_problem_of_an_accounts_file_is_named_and_no_secret_shown(tmp_path):
    path = tmp_path / "accounts.toml"
    path.write_text(
        """
[[accounts]]
id = "Bad Id"
channel = "general"
agents = ["bob"]
smtp_url = "ftp://x:secretpw@host"
marketplaces = ["XX"]
colour = "blue"

[[accounts]]
id = "eu"
channel = "C0EU"

[[accounts]]
id = "eu"
channel = "C0EU"
spapi_refresh_token_file = "/nonexistent/token"
"""
    )
    env = {"WISMO_ACCOUNTS_FILE": str(path), "WISMO_CHANNEL": "C0OLD"}
    with pytest.raises(ConfigError) as info:
        Settings.from_env(env)
    message = str(info.value)
    for expected in (
        "WISMO_CHANNEL belong in the accounts file",
        "id must be 1-32 lower-case",
        "channel must be the queue channel's id",
        "bob is not a Slack user or group id",
        "smtp_url: must start with smtp://",
        "mail_from is required with smtp_url",
        "XX is not one of",
        "unknown key(s) colour",
        "id eu is given to more than one account",
        "channel C0EU is given to more than one account",
        "spapi_refresh_token_file: cannot read '/nonexistent/token'",
    ):
        assert expected in message
    assert "secretpw" not in message


def test_an_accounts_file_that_is_missing_or_not_toml_is_named(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("[[accounts]\nid = ")
    for path, expected in ((tmp_path / "none.toml", "cannot read"), (broken, "is not TOML")):
        with pytest.raises(ConfigError, match=expected):
            Settings.from_env({"WISMO_ACCOUNTS_FILE": str(path)})


def test_the_sample_accounts_file_lacks_only_its_secret_files():
    from pathlib import Path

    sample = Path(__file__).resolve().parents[2] / "examples" / "accounts.toml"
    with pytest.raises(ConfigError) as info:
        Settings.from_env({"WISMO_ACCOUNTS_FILE": str(sample)})
    assert info.value.problems and all(
        "_file" in p and "cannot read '/run/secrets/" in p for p in info.value.problems
    )
