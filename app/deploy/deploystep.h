#pragma once

#include <QString>

namespace sd {

// One step of an apply or destroy run as the progress views show it. Value type.
struct DeployStep
{
    enum class State { Pending, Running, Waiting, Succeeded, Failed, Cancelled, Skipped };

    QString id;       // stable, e.g. "namespace", "datastore:mongodb-cluster", "tier:0", "verify"
    QString title;    // translated
    State state = State::Pending;
    qint64 elapsedMs = 0;
    QString message;  // translated: what a wait is waiting for, why it failed, what was skipped

    bool isFinished() const
    {
        return state == State::Succeeded || state == State::Failed || state == State::Cancelled
               || state == State::Skipped;
    }
    static QString stateId(State state);   // pending | running | waiting | succeeded | ...
    static QString stateText(State state); // translated
    // "1:05" / "12s" style (translated units where any).
    static QString elapsedText(qint64 ms);
};

} // namespace sd
