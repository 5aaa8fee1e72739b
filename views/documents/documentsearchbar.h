#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace adesk {

/// The find bar under the document toolbar: a text field, previous/next buttons and "3 of 12".
/// Enter searches (or moves to the next hit when the text has not changed), Shift+Enter goes back,
/// Escape closes.
class DocumentSearchBar : public QWidget {
    Q_OBJECT

public:
    explicit DocumentSearchBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void activate(); ///< show, focus and select the text
    void setStatus(const QString &status, bool notFound = false);

Q_SIGNALS:
    void searchRequested(const QString &text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit(bool backwards);

    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_status;
    QToolButton *m_close;
    QString m_lastSubmitted;
};

} // namespace adesk
