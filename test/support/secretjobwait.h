#pragma once

#include "kube/secretjob.h"

#include <QSignalSpy>

#include <memory>

// Takes ownership of a keychain job and waits (up to 15 s, beyond its own 10 s timeout) for its end.
inline std::unique_ptr<sd::SecretJob> waitForJob(sd::SecretJob *raw)
{
    std::unique_ptr<sd::SecretJob> job(raw);
    QSignalSpy spy(job.get(), &sd::SecretJob::finished);
    if (!job->isFinished())
        spy.wait(15000);
    return job;
}
