#pragma once

#include "models/compliance/oversighttypes.h"
#include "views/common/lazypane.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace adesk {

class NotificationLogModel;

/// Notifications (issue 15, admins): tab "Sent" lists what the platform sent to whom, when and about
/// what (filters: recipient, type, dates; the selected notification's text below); tab "Bulk notice"
/// composes a notice in English and French for an audience (all mechanics, by tier, workshops; a
/// province or all), shows the audience's size, and sends it after a confirmation naming the number
/// of recipients. Emits intents only; OversightController does the work.
class NotificationsPane : public LazyPane {
    Q_OBJECT
public:
    explicit NotificationsPane(NotificationLogModel *model, QWidget *parent = nullptr);

    NotificationFilter currentFilter() const;
    BulkNoticeDraft draft() const;
    void setDraft(const BulkNoticeDraft &draft);
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *view() const { return m_view; }

public slots:
    void showMessage(const QString &text, bool error);
    /// The size of @p audience (ignored when the audience chosen has changed since).
    void setAudienceCount(const adesk::Audience &audience, int count);
    /// Asks to confirm sending @p draft to @p count recipients; emits sendConfirmed.
    void confirmSend(const adesk::BulkNoticeDraft &draft, int count);
    void noticeSent(int recipients);

signals:
    void filterChanged(const adesk::NotificationFilter &filter);
    void audienceChanged(const adesk::Audience &audience);
    /// Send was clicked with a complete draft: the controller counts the audience, then confirmSend.
    void sendRequested(const adesk::BulkNoticeDraft &draft);
    void sendConfirmed(const adesk::BulkNoticeDraft &draft);

private:
    QWidget *buildSentTab();
    QWidget *buildComposeTab();
    Audience currentAudience() const;
    void showDetail();
    void updateSend();

    NotificationLogModel *m_model;
    QTabWidget *m_tabs;
    // Sent
    QLineEdit *m_recipient;
    QComboBox *m_type;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_view;
    QPlainTextEdit *m_detail;
    // Bulk notice
    QComboBox *m_audience;
    QComboBox *m_province;
    QLabel *m_count;
    QLineEdit *m_titleEn;
    QLineEdit *m_titleFr;
    QPlainTextEdit *m_messageEn;
    QPlainTextEdit *m_messageFr;
    QLineEdit *m_link;
    QPushButton *m_template;
    QPushButton *m_send;
    QLabel *m_message;
};

} // namespace adesk
