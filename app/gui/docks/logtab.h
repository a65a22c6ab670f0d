#pragma once

#include "kube/logstream.h"
#include "monitor/logsession.h"
#include "monitor/logtarget.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace sd {

class KubeClient;
class LogModel;
class LogView;

// One log tab: the lines of a LogTarget (a pod, a component's pods merged, a Cluster's pods),
// with follow, pause, wrap, timestamps, previous instance, tail and since, search with
// next/previous, "only matching" filtering, a level filter, operationID following, clear, copy
// and save. The stream state (live, reconnecting, ended, error) and the dropped-line count are
// always visible. GUI thread only.
class LogTab final : public QWidget
{
    Q_OBJECT
public:
    // `client` is not owned; when it goes away the tab keeps its lines and shows "ended".
    LogTab(KubeClient *client, const LogTarget &target, const LogOptions &options,
           qint64 capacity = 1'000'000, QWidget *parent = nullptr);
    ~LogTab() override;

    const LogTarget &target() const { return m_target; }
    LogModel *model() const { return m_model; }
    LogView *view() const { return m_view; }
    LogSession *session() const { return m_session.get(); }
    LogSession::State state() const;
    QString title() const; // "<target> · live"

    // Moves the streams to another client (reconnect) or ends them (nullptr); lines stay.
    void setClient(KubeClient *client);
    void setPaused(bool paused);
    bool isPaused() const;
    void setSearchText(const QString &text, bool regex = false, bool caseSensitive = false);
    void setOnlyMatching(bool only);
    void setMinimumLevel(int levelIndex); // 0 all, 1 debug+, 2 info+, 3 warning+, 4 error+
    void followOperationId(const QString &operationId); // empty clears
    void findNext(bool forward = true);
    void setPrevious(bool previous); // restarts the streams on the previous instances
    bool previousAvailable() const;
    void setTimestampsShown(bool shown);
    void setWrap(bool wrap);
    void restart(); // re-reads with the current tail/since/previous settings
    bool saveTo(const QString &path, bool allLines, QString *error = nullptr) const;
    void copySelection() const;
    QString statusText() const;

signals:
    void titleChanged();

private:
    void startSession();
    void applyFilter();
    void updateStatus();
    void save(bool allLines);

    KubeClient *m_client; // not owned
    LogTarget m_target;
    LogOptions m_options;
    LogModel *m_model;    // owned (child)
    LogView *m_view;      // owned (child)
    std::unique_ptr<LogSession> m_session;
    QString m_operationId;
    qint64 m_skipUntilNs = 0; // after a reconnect: lines up to here are held already

    QToolButton *m_follow;
    QToolButton *m_pause;
    QToolButton *m_wrap;
    QToolButton *m_timestamps;
    QToolButton *m_previous;
    QSpinBox *m_tail;
    QComboBox *m_since;
    QComboBox *m_level;
    QLineEdit *m_search;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QCheckBox *m_onlyMatching;
    QLabel *m_matches;
    QLabel *m_status;
    QToolButton *m_operationChip;
};

} // namespace sd
