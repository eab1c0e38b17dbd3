"""CRM connectors (issue #15): accounts, owners and deals pulled from HubSpot or
Salesforce into the same tables the CSV imports fill, and each alert pushed back as a
HubSpot note or a Salesforce task.

    client (hubspot.py | salesforce.py: HTTP, paging, limits, auth)
      -> sync.py (pull: accounts, owners, deals, deletions, merges -> the store)
      -> push.py (alerts -> notes / tasks, exactly once)

httpx directly rather than hubspot-api-client and simple-salesforce: it is already our
dependency, both APIs are plain JSON over HTTPS and we use a dozen endpoints, ``base_url``
must point anywhere (a proxy, a sandbox, a local fake), and we need to see every 429 and
Retry-After ourselves; the vendor SDKs add large generated clients (hubspot-api-client)
or hide the paging and limits (simple-salesforce).
"""
