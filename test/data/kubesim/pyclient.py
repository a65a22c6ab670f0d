"""Drives the official Python client (python3-kubernetes) against kubesim.

Usage: pyclient.py KUBECONFIG POD_NAMESPACE POD_NAME
Prints one JSON object per check: {"check": name, "ok": bool, "detail": ...}. tst_pyclient asserts them.
"""
import json
import sys

from kubernetes import client, config, watch
from kubernetes.client.rest import ApiException
from kubernetes.stream import stream


def report(name, ok, detail=""):
    print(json.dumps({"check": name, "ok": bool(ok), "detail": str(detail)}), flush=True)


def main():
    config.load_kube_config(sys.argv[1])
    pod_ns, pod = sys.argv[2], sys.argv[3]
    v1 = client.CoreV1Api()

    names = [p.metadata.name for p in v1.list_pod_for_all_namespaces().items]
    report("list", any(n.startswith("coredns-") for n in names), names)

    cm = v1.create_namespaced_config_map("default", {"metadata": {"name": "py-cm"}, "data": {"a": "1"}})
    report("create", cm.metadata.uid and cm.metadata.resource_version, cm.metadata.resource_version)
    v1.patch_namespaced_config_map("py-cm", "default", {"data": {"b": "2"}})
    data = v1.read_namespaced_config_map("py-cm", "default").data
    report("patch", data == {"a": "1", "b": "2"}, data)

    seen = []
    w = watch.Watch()
    for event in w.stream(v1.list_namespaced_config_map, "default", allow_watch_bookmarks=True, timeout_seconds=3):
        seen.append(event["type"])
        if "BOOKMARK" in seen:
            w.stop()
    report("watch-bookmarks", "ADDED" in seen and "BOOKMARK" in seen, seen)

    api = client.ApiClient()
    api.call_api("/kubesim/v1/faults", "POST", body={"failNextWatches": 1}, auth_settings=["BearerToken"],
                 response_type="object", _return_http_data_only=True)
    try:
        rv = v1.list_namespaced_config_map("default").metadata.resource_version
        for _ in watch.Watch().stream(v1.list_namespaced_config_map, "default", resource_version=rv, timeout_seconds=3):
            pass
        report("watch-410", False, "no error")
    except ApiException as e:
        report("watch-410", e.status == 410 and "too old resource version" in str(e.reason), f"{e.status} {e.reason}")

    v1.delete_namespaced_config_map("py-cm", "default")
    try:
        v1.read_namespaced_config_map("py-cm", "default")
        report("delete", False, "still there")
    except ApiException as e:
        report("delete", e.status == 404, e.status)

    log = v1.read_namespaced_pod_log(pod, pod_ns, tail_lines=1)
    report("logs", log == "ready to serve requests\n", repr(log))

    out = stream(v1.connect_get_namespaced_pod_exec, pod, pod_ns, command=["echo", "from", "python"],
                 stderr=True, stdin=False, stdout=True, tty=False)
    report("exec", out == "from python\n", repr(out))


if __name__ == "__main__":
    main()
