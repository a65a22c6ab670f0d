#pragma once

// A realistic ~5.7 KB pod (two managedFields entries, spec and status as a Deployment's pod has
// them) for benchmarks; `i` varies name, uid, IPs and resourceVersion.

#include <QByteArray>

inline QByteArray makePod(int i)
{
    const QByteArray n = QByteArray::number(i);
    const QByteArray name = "openim-msggateway-7d9f8c6b5-" + n;
    const QByteArray uid = QByteArray::number(0x10000000 + i, 16) + "-1f2e-4d3c-8b7a-0123456789ab";
    const QByteArray ip = "10.42." + QByteArray::number(i / 250) + "." + QByteArray::number(i % 250);
    QByteArray fields;
    // managedFields as the API server writes them (FieldsV1 trie), which is what makes real pods big.
    for (const char *mgr : {"kube-controller-manager", "kubelet"}) {
        fields += QByteArray(R"({"manager":")") + mgr + R"(","operation":"Update","apiVersion":"v1","time":"2026-11-26T04:00:00Z","fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:generateName":{},"f:labels":{".":{},"f:app":{},"f:pod-template-hash":{},"f:app.kubernetes.io/instance":{},"f:app.kubernetes.io/name":{}},"f:ownerReferences":{".":{},"k:{\"uid\":\"5e6f\"}":{}}},"f:spec":{"f:containers":{"k:{\"name\":\"msggateway\"}":{".":{},"f:args":{},"f:env":{".":{},"k:{\"name\":\"CONFIG_PATH\"}":{".":{},"f:name":{},"f:value":{}},"k:{\"name\":\"MONGO_URI\"}":{".":{},"f:name":{},"f:valueFrom":{".":{},"f:secretKeyRef":{}}}},"f:image":{},"f:imagePullPolicy":{},"f:name":{},"f:ports":{".":{},"k:{\"containerPort\":10001,\"protocol\":\"TCP\"}":{".":{},"f:containerPort":{},"f:name":{},"f:protocol":{}}},"f:resources":{".":{},"f:limits":{".":{},"f:cpu":{},"f:memory":{}},"f:requests":{".":{},"f:cpu":{},"f:memory":{}}},"f:volumeMounts":{".":{},"k:{\"mountPath\":\"/openim/config\"}":{".":{},"f:mountPath":{},"f:name":{}}}}},"f:dnsPolicy":{},"f:restartPolicy":{},"f:schedulerName":{},"f:terminationGracePeriodSeconds":{},"f:volumes":{".":{},"k:{\"name\":\"config\"}":{".":{},"f:configMap":{".":{},"f:name":{}},"f:name":{}}}},"f:status":{"f:conditions":{"k:{\"type\":\"Ready\"}":{".":{},"f:lastTransitionTime":{},"f:status":{},"f:type":{}}},"f:containerStatuses":{},"f:hostIP":{},"f:phase":{},"f:podIP":{},"f:podIPs":{".":{},"k:{\"ip\":\")" + ip + R"(\"}":{".":{},"f:ip":{}}},"f:startTime":{}}}},)";
    }
    fields.chop(1);
    return R"({"metadata":{"name":")" + name + R"(","generateName":"openim-msggateway-7d9f8c6b5-","namespace":"openim","uid":")" + uid
           + R"(","resourceVersion":")" + QByteArray::number(100000 + i) + R"(","creationTimestamp":"2026-11-26T04:00:00Z","labels":{"app":"openim-msggateway","pod-template-hash":"7d9f8c6b5","app.kubernetes.io/instance":"openim","app.kubernetes.io/name":"msggateway"},"ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"openim-msggateway-7d9f8c6b5","uid":"5e6f","controller":true,"blockOwnerDeletion":true}],"managedFields":[)"
           + fields
           + R"(]},"spec":{"volumes":[{"name":"config","configMap":{"name":"openim-config","defaultMode":420}},{"name":"kube-api-access-x","projected":{"sources":[{"serviceAccountToken":{"expirationSeconds":3607,"path":"token"}},{"configMap":{"name":"kube-root-ca.crt","items":[{"key":"ca.crt","path":"ca.crt"}]}}],"defaultMode":420}}],"containers":[{"name":"msggateway","image":"openim/openim-msggateway:v3.8.3","args":["--config","/openim/config"],"ports":[{"name":"ws","containerPort":10001,"protocol":"TCP"}],"env":[{"name":"CONFIG_PATH","value":"/openim/config"},{"name":"MONGO_URI","valueFrom":{"secretKeyRef":{"name":"mongo-conn","key":"uri"}}}],"resources":{"limits":{"cpu":"1","memory":"1Gi"},"requests":{"cpu":"100m","memory":"256Mi"}},"volumeMounts":[{"name":"config","mountPath":"/openim/config"},{"name":"kube-api-access-x","readOnly":true,"mountPath":"/var/run/secrets/kubernetes.io/serviceaccount"}],"terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File","imagePullPolicy":"IfNotPresent"}],"restartPolicy":"Always","terminationGracePeriodSeconds":30,"dnsPolicy":"ClusterFirst","serviceAccountName":"default","nodeName":"node-)"
           + QByteArray::number(i % 3) + R"(","schedulerName":"default-scheduler","tolerations":[{"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoExecute","tolerationSeconds":300}]},"status":{"phase":"Running","conditions":[{"type":"Initialized","status":"True","lastTransitionTime":"2026-11-26T04:00:00Z"},{"type":"Ready","status":"True","lastTransitionTime":"2026-11-26T04:00:05Z"},{"type":"ContainersReady","status":"True","lastTransitionTime":"2026-11-26T04:00:05Z"},{"type":"PodScheduled","status":"True","lastTransitionTime":"2026-11-26T04:00:00Z"}],"hostIP":"192.168.1.)"
           + QByteArray::number(10 + i % 3) + R"(","podIP":")" + ip + R"(","podIPs":[{"ip":")" + ip
           + R"("}],"startTime":"2026-11-26T04:00:00Z","containerStatuses":[{"name":"msggateway","state":{"running":{"startedAt":"2026-11-26T04:00:03Z"}},"lastState":{},"ready":true,"restartCount":0,"image":"docker.io/openim/openim-msggateway:v3.8.3","imageID":"docker.io/openim/openim-msggateway@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef","containerID":"containerd://)"
           + uid + R"(","started":true}],"qosClass":"Burstable"}})";
}
