"""The call sequence of notifications-python-client's own integration test (integration_test/),
letters left out, made on the wire the way that client makes it: a PyJWT HS256 token with iss and
iat, its JSON body and headers, through requests. The Python client itself is not on PyPI's side of
this network, so this speaks its protocol instead of importing it.

Reads the same environment variables as that test (NOTIFY_API_URL, API_KEY, API_SENDING_KEY,
SMS_TEMPLATE_ID, SMS_SENDER_ID, EMAIL_TEMPLATE_ID, EMAIL_REPLY_TO_ID, FUNCTIONAL_TEST_NUMBER,
FUNCTIONAL_TEST_EMAIL, INBOUND_SMS_QUERY_KEY) and prints one JSON object: every answer by step
name, for the caller to check against the API's response schemas. Exits 1 with the API's error
body when a call fails, as the client raises HTTPError.
"""

import json
import os
import sys
import time
import uuid

import jwt
import requests

USER_AGENT = "NOTIFY-API-PYTHON-CLIENT/12.1.0"


class Client:
    def __init__(self, base_url, api_key):
        self.base_url = base_url.rstrip("/")
        # {key_name}-{service_id}-{secret}: the last 73 characters are two UUIDs and a hyphen.
        self.service_id = api_key[-73:-37]
        self.secret = api_key[-36:]

    def _token(self):
        return jwt.encode({"iss": self.service_id, "iat": int(time.time())}, self.secret, algorithm="HS256", headers={"typ": "JWT", "alg": "HS256"})

    def request(self, method, path, data=None, params=None):
        headers = {"Content-type": "application/json", "Authorization": "Bearer " + self._token(), "User-agent": USER_AGENT}
        response = requests.request(method, self.base_url + path, headers=headers, data=json.dumps(data) if data is not None else None, params=params, timeout=30)
        if response.status_code >= 400:
            print(json.dumps({"failed": method + " " + path, "status": response.status_code, "body": response.text}))
            sys.exit(1)
        return response.json()

    def send_sms(self, phone_number, template_id, personalisation, sms_sender_id=None):
        body = {"phone_number": phone_number, "template_id": template_id, "personalisation": personalisation}
        if sms_sender_id:
            body["sms_sender_id"] = sms_sender_id
        return self.request("POST", "/v2/notifications/sms", body)

    def send_email(self, email_address, template_id, personalisation, email_reply_to_id=None, one_click_unsubscribe_url=None, sanitise_content_for=None):
        body = {"email_address": email_address, "template_id": template_id, "personalisation": personalisation}
        if email_reply_to_id:
            body["email_reply_to_id"] = email_reply_to_id
        if one_click_unsubscribe_url:
            body["one_click_unsubscribe_url"] = one_click_unsubscribe_url
        if sanitise_content_for:
            body["sanitise_content_for"] = sanitise_content_for
        return self.request("POST", "/v2/notifications/email", body)


def unique_name():
    return str(uuid.uuid4())


def main():
    env = os.environ
    client = Client(env["NOTIFY_API_URL"], env["API_KEY"])
    team_client = Client(env["NOTIFY_API_URL"], env["API_SENDING_KEY"])
    sms_template, email_template = env["SMS_TEMPLATE_ID"], env["EMAIL_TEMPLATE_ID"]
    answers = {}
    names = {}

    def send(step, call):
        name = unique_name()
        names[step] = name
        answers[step] = call({"name": name})

    send("send_sms", lambda p: client.send_sms(env["FUNCTIONAL_TEST_NUMBER"], sms_template, p))
    send("send_sms_with_sender", lambda p: team_client.send_sms(env["FUNCTIONAL_TEST_NUMBER"], sms_template, p, env["SMS_SENDER_ID"]))
    # As the client's test sends them: with an unsubscribe link, and the name sanitised.
    unsubscribe = "https://unsubscribelink.com/unsubscribe"
    send("send_email", lambda p: client.send_email(env["FUNCTIONAL_TEST_EMAIL"], email_template, p, None, unsubscribe, ["name"]))
    send("send_email_with_reply_to", lambda p: client.send_email(env["FUNCTIONAL_TEST_EMAIL"], email_template, p, env["EMAIL_REPLY_TO_ID"], unsubscribe, ["name"]))

    for step in ["send_sms", "send_email", "send_email_with_reply_to"]:
        answers["get_" + step] = client.request("GET", "/v2/notifications/" + answers[step]["id"])
    answers["get_send_sms_with_sender"] = team_client.request("GET", "/v2/notifications/" + answers["send_sms_with_sender"]["id"])
    answers["get_all_notifications"] = client.request("GET", "/v2/notifications", params={})

    answers["get_sms_template"] = client.request("GET", "/v2/template/" + sms_template)
    answers["get_email_template"] = client.request("GET", "/v2/template/" + email_template)
    answers["get_sms_template_version"] = client.request("GET", "/v2/template/%s/version/%s" % (sms_template, 1))
    answers["get_email_template_version"] = client.request("GET", "/v2/template/%s/version/%s" % (email_template, 1))
    for kind, template in [("sms", sms_template), ("email", email_template)]:
        name = unique_name()
        names["preview_" + kind] = name
        answers["preview_" + kind] = client.request("POST", "/v2/template/%s/preview" % template, {"personalisation": {"name": name}})

    answers["get_all_templates"] = client.request("GET", "/v2/templates", params={})
    answers["get_email_templates"] = client.request("GET", "/v2/templates", params={"type": "email"})
    answers["get_sms_templates"] = client.request("GET", "/v2/templates", params={"type": "sms"})

    if env.get("INBOUND_SMS_QUERY_KEY"):
        answers["get_received_texts"] = Client(env["NOTIFY_API_URL"], env["INBOUND_SMS_QUERY_KEY"]).request("GET", "/v2/received-text-messages")

    print(json.dumps({"answers": answers, "names": names}))


if __name__ == "__main__":
    main()
