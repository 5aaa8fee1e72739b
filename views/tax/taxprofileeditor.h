#pragma once

#include "models/tax/taxtypes.h"
#include "views/common/unsavededits.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;

namespace adesk {

namespace Ui {
class TaxProfileEditor;
}

/// Edits one payee's tax profile with validation as finance types: SIN (9 digits + Luhn check
/// digit), BN (9 digits, 2 letters, 4 digits), postal code format and FSA/province agreement, and
/// the CRA layout's name lengths (surname 20, given name 12, initial 1, business name 30 per line,
/// address 30, city 28). The SIN / BN fields show the masked value; typing replaces it, leaving
/// them untouched keeps the stored value. Emits intents only. Form: ui/taxprofileeditor.ui.
class TaxProfileEditor : public QWidget, public UnsavedEdits {
    Q_OBJECT
public:
    explicit TaxProfileEditor(QWidget *parent = nullptr);
    ~TaxProfileEditor() override;

    void setProfile(const TaxProfile &profile);
    TaxProfile profile() const; ///< with sin / bn null when not retyped
    void showRevealed(const QString &sin, const QString &bn);
    void setReadOnly(bool readOnly);
    void clear();

    /// Field problems right now (empty: the profile can be saved).
    QStringList problems() const;
    QLabel *messageLabel(const QString &field) const;

    /// UnsavedEdits: the payee's name when a field was edited since the profile was shown.
    QString unsavedEditsDescription() const override;
    /// UnsavedEdits: emits saveRequested when the profile has no problem.
    bool saveUnsavedEdits() override;

signals:
    void saveRequested(const adesk::TaxProfile &profile);
    void revealRequested(qint64 profileId);

private:
    void validate();

    TaxProfile m_profile;
    bool m_loading = false;
    bool m_revealed = false;
    bool m_edited = false;
    std::unique_ptr<Ui::TaxProfileEditor> m_ui;
    QHash<QString, QLabel *> m_messages;
};

} // namespace adesk
