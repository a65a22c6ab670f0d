#pragma once

#include "gui/forms/changestackcommand.h"
#include "stack/stack.h"

#include "ui_stacksettingspage.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QUndoCommand;

namespace sd {

// Edit → Stack Settings…: the OpenIM settings of the whole stack: share.secret (generated and
// kept by Stackdeck, or a reference to a Secret key), administrator users, MinIO's external
// address and the push provider with its credentials (Secret references only: no secret value
// is ever typed here). Validated as you type; the edit is an undo command (createCommand()).
class StackSettingsPage final : public QDialog
{
    Q_OBJECT
public:
    explicit StackSettingsPage(const Stack &stack, QWidget *parent = nullptr);

    OpenImSettings settings() const; // as typed now
    Stack resultStack() const;
    std::unique_ptr<QUndoCommand> createCommand(ChangeStackCommand::Apply apply) const;

    // Field ids: secret, admins, minio, push. Empty when fine.
    QString fieldError(const QString &field) const { return m_errors.value(field); }
    bool canAccept() const { return m_errors.isEmpty(); }

public slots:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setFields(const OpenImSettings &settings);
    void fillPushTable(const QString &provider, const QList<QPair<QString, SecretKeyRef>> &credentials);
    void refresh();

    Ui::StackSettingsPage m_ui;
    Stack m_stack;
    OpenImSettings m_initial;
    QHash<QString, QString> m_errors;
    bool m_updating = false;
};

} // namespace sd
