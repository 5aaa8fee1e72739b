#pragma once

#include "models/tax/taxtypes.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace adesk {

/// Edits one payee's tax profile with validation as finance types: SIN (9 digits + Luhn check
/// digit), BN (9 digits, 2 letters, 4 digits), postal code format and FSA/province agreement, and
/// the CRA layout's name lengths (surname 20, given name 12, initial 1, business name 30 per line,
/// address 30, city 28). The SIN / BN fields show the masked value; typing replaces it, leaving
/// them untouched keeps the stored value. Emits intents only.
class TaxProfileEditor : public QWidget {
    Q_OBJECT
public:
    explicit TaxProfileEditor(QWidget *parent = nullptr);

    void setProfile(const TaxProfile &profile);
    TaxProfile profile() const; ///< with sin / bn null when not retyped
    void showRevealed(const QString &sin, const QString &bn);
    void setReadOnly(bool readOnly);
    void clear();

    /// Field problems right now (empty: the profile can be saved).
    QStringList problems() const;
    QLabel *messageLabel(const QString &field) const;

signals:
    void saveRequested(const adesk::TaxProfile &profile);
    void revealRequested(qint64 profileId);

private:
    void validate();
    QLineEdit *line(const QString &name, int maxHint);

    TaxProfile m_profile;
    bool m_loading = false;
    bool m_revealed = false;
    QLabel *m_title;
    QComboBox *m_kind;
    QLineEdit *m_surname, *m_given, *m_initial, *m_business, *m_business2, *m_sin, *m_bn;
    QLineEdit *m_address1, *m_address2, *m_city, *m_postal;
    QComboBox *m_province, *m_language;
    QCheckBox *m_consent;
    QPushButton *m_save, *m_reveal;
    QHash<QString, QLabel *> m_messages;
};

} // namespace adesk
