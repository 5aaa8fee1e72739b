#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace adesk {

/// The inline message strip at the top of the document pane: why a document cannot be shown, or
/// a password field with an Unlock button for an encrypted PDF. Never a modal dialog, so a review
/// in progress (and its unsaved note) stays usable.
class DocumentBanner : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Error, Password };

    explicit DocumentBanner(QWidget *parent = nullptr);

    void showError(const QString &message);
    /// Shows message with a password field; wrongPassword clears and re-focuses the field.
    void showPasswordPrompt(const QString &message, bool wrongPassword);
    void dismiss();

    QString message() const;
    bool isPasswordPromptVisible() const;
    /// Enables or disables the field and button while an unlock attempt runs.
    void setBusy(bool busy);

Q_SIGNALS:
    void unlockRequested(const QString &password);

private:
    void applyKind(Kind kind);

    QLabel *m_icon;
    QLabel *m_message;
    QLineEdit *m_password;
    QPushButton *m_unlock;
};

} // namespace adesk
