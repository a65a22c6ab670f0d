#pragma once

#include "kube/kubeclient.h"

#include <QSignalSpy>

// A request's response once it has finished, or an empty response after `timeoutMs`. The request may
// have finished already, while the test waited for another one: then its signal is not waited for.
inline sd::KubeResponse responseOf(sd::KubeRequest *request, int timeoutMs = 20000)
{
    QSignalSpy finished(request, &sd::KubeRequest::finished);
    if (!request->isFinished() && !finished.wait(timeoutMs))
        return {};
    return request->response();
}
