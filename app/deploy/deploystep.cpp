#include "deploy/deploystep.h"

#include "common/tr.h"

namespace sd {

QString DeployStep::stateId(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Running:
        return QStringLiteral("running");
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Succeeded:
        return QStringLiteral("succeeded");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString DeployStep::stateText(State state)
{
    switch (state) {
    case State::Pending:
        return Tr::tr("Pending", "deploy step");
    case State::Running:
        return Tr::tr("Running", "deploy step");
    case State::Waiting:
        return Tr::tr("Waiting", "deploy step");
    case State::Succeeded:
        return Tr::tr("Done", "deploy step");
    case State::Failed:
        return Tr::tr("Failed", "deploy step");
    case State::Cancelled:
        return Tr::tr("Cancelled", "deploy step");
    case State::Skipped:
        return Tr::tr("Skipped", "deploy step");
    }
    return {};
}

QString DeployStep::elapsedText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return Tr::tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
    return Tr::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace sd
