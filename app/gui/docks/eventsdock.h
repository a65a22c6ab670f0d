#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace sd {

class EmptyStateWidget;
class EventsModel;
class KubeClient;
class ResourceCache;
class Selection;

// The Events dock: live Kubernetes events of the stack's namespace (type, reason, object,
// message, count, age), warnings first, optionally warnings only or filtered by text. Clicking
// an event selects its object's canvas node. GUI thread only.
class EventsDock final : public QWidget
{
    Q_OBJECT
public:
    // `selection` is not owned and must outlive the dock.
    explicit EventsDock(Selection *selection, QWidget *parent = nullptr);
    ~EventsDock() override;

    // Watches the events of `ns` (client not owned; nullptr stops; call before it is destroyed).
    void setClient(KubeClient *client, const QString &ns);
    // Canvas node ids, to map an event's object (a pod "openim-api-7d9f-x2") to its node.
    void setNodeIds(const QStringList &ids) { m_nodeIds = ids; }
    void setTextFilter(const QString &text);
    void setWarningsOnly(bool only);
    EventsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // The node an object belongs to (longest node id that the object's name starts with).
    QString nodeFor(const QString &objectName) const;

private:
    Selection *m_selection; // not owned
    QStringList m_nodeIds;
    std::unique_ptr<ResourceCache> m_cache;
    EventsModel *m_model;            // owned (child)
    QSortFilterProxyModel *m_proxy;  // owned (child)
    QTableView *m_view;              // owned (child)
    QLineEdit *m_filter;             // owned (child)
    QCheckBox *m_warningsOnly;       // owned (child)
};

} // namespace sd
