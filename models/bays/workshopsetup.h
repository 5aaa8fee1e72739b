#pragma once

#include "models/core/codes.h"
#include "models/core/dberror.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace adesk {

/// What a bay is (desk.bays.bay_type).
enum class BayType : quint8 { Lift, AlignmentRack, Diagnostic, General, Paint, Tire };
template <> struct CodeTable<BayType> {
    static constexpr const char *context = "Bays";
    static constexpr const char *codes[] = {"lift",    "alignment_rack", "diagnostic",
                                            "general", "paint",          "tire"};
    static constexpr const char *labels[] = {
        QT_TRANSLATE_NOOP("Bays", "Lift"),       QT_TRANSLATE_NOOP("Bays", "Alignment"),
        QT_TRANSLATE_NOOP("Bays", "Diagnostic"), QT_TRANSLATE_NOOP("Bays", "General"),
        QT_TRANSLATE_NOOP("Bays", "Paint"),      QT_TRANSLATE_NOOP("Bays", "Tires")};
};

/// Equipment of a bay (desk.bays.capabilities, migration 0014).
enum class BayCapability : quint8 { Lift, AlignmentRack, Diagnostics, TireChanger, EvCharging, PaintBooth };
template <> struct CodeTable<BayCapability> {
    static constexpr const char *context = "Bays";
    static constexpr const char *codes[] = {"lift",         "alignment_rack", "diagnostics",
                                            "tire_changer", "ev_charging",    "paint_booth"};
    static constexpr const char *labels[] = {
        QT_TRANSLATE_NOOP("Bays", "Lift"),        QT_TRANSLATE_NOOP("Bays", "Alignment rack"),
        QT_TRANSLATE_NOOP("Bays", "Diagnostics"), QT_TRANSLATE_NOOP("Bays", "Tire changer"),
        QT_TRANSLATE_NOOP("Bays", "EV charging"), QT_TRANSLATE_NOOP("Bays", "Paint booth")};
};

/// Why a bay or the workshop is closed (desk.bay_closures.kind).
enum class ClosureKind : quint8 { Holiday, Maintenance, Other };
template <> struct CodeTable<ClosureKind> {
    static constexpr const char *context = "Bays";
    static constexpr const char *codes[] = {"holiday", "maintenance", "other"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Bays", "Holiday"),
                                             QT_TRANSLATE_NOOP("Bays", "Maintenance"),
                                             QT_TRANSLATE_NOOP("Bays", "Other")};
};

/// Why a workshop may not host physical work on a day (desk.workshop_physical_work_problems).
enum class PhysicalWorkProblem : quint8 {
    PhysicalRepairsNotAllowed,
    BusinessLicenseUnverified,
    BusinessLicenseExpired,
    ZoningUnverified,
    InsuranceMissing,
    InsuranceExpired
};
template <> struct CodeTable<PhysicalWorkProblem> {
    static constexpr const char *context = "Bays";
    static constexpr const char *codes[] = {"physical_repairs_not_allowed",
                                            "business_license_unverified",
                                            "business_license_expired",
                                            "zoning_unverified",
                                            "insurance_missing",
                                            "insurance_expired"};
    static constexpr const char *labels[] = {
        QT_TRANSLATE_NOOP("Bays", "the workshop is not set to allow physical repairs"),
        QT_TRANSLATE_NOOP("Bays", "its business licence is not verified yet"),
        QT_TRANSLATE_NOOP("Bays", "its business licence has expired"),
        QT_TRANSLATE_NOOP("Bays", "its zoning is not verified yet"),
        QT_TRANSLATE_NOOP("Bays", "it has no liability insurance on file"),
        QT_TRANSLATE_NOOP("Bays", "its liability insurance has expired")};
};

/// A bay as the setup dialog edits it (desk.bays with 0014's columns).
struct BaySetup {
    qint64 id = 0; ///< 0: not saved yet
    int version = 0;
    QString name;
    BayType type = BayType::Lift;
    QList<BayCapability> capabilities;
    int bufferMinutes = 15;
    qint64 hourlyRateCents = 0;
    int sortOrder = 0;
    bool active = true;
    QDate outOfServiceFrom; ///< null: in service
};

/// One shift of a day, workshop wall clock.
struct Shift {
    QTime opens;
    QTime closes;
    friend bool operator==(const Shift &, const Shift &) = default;
};

/// One row of desk.workshop_hours (a shift of a weekday over a period of dates).
struct HoursRow {
    qint64 id = 0;
    int weekday = 1; ///< ISO, 1 = Monday
    Shift shift;
    QDate effectiveFrom;  ///< null: since always
    QDate effectiveUntil; ///< null: open-ended (exclusive)
};

/// A closure (desk.bay_closures with 0014's version). bayId 0: the whole workshop. UTC instants.
struct ClosureSetup {
    qint64 id = 0;
    int version = 0;
    qint64 bayId = 0;
    ClosureKind kind = ClosureKind::Holiday;
    QDateTime start;
    QDateTime end;
    QString reason;
};

/// Everything the setup dialog shows of one workshop.
struct WorkshopSetup {
    qint64 workshopId = 0;
    QString workshopName;
    QTimeZone zone;
    QDate today; ///< the workshop's local date when read
    int hoursVersion = 0;
    QList<BaySetup> bays;
    QList<HoursRow> hours;        ///< current and scheduled rows (ended ones left out)
    QList<ClosureSetup> closures; ///< ending after now

    const BaySetup *bay(qint64 id) const;
    /// The shifts of @p weekday on local date @p day, by opening time.
    QList<Shift> shiftsOn(int weekday, QDate day) const;
};

/// What a setup write answered: the row's id and new version (hours: the hours version), and the
/// bookings it cancelled on the way.
struct SetupWriteResult {
    qint64 id = 0;
    int version = 0;
    QList<qint64> cancelled;
};

namespace workshopsetup {
/// The booking ids of a "bookings in the way" refusal (DETAIL `bookings=1,2,3`), empty otherwise.
QList<qint64> bookingsInTheWay(const DbError &error);
/// Parses "08:00–12:00, 13:00–17:00" (dash or en dash, comma or space separated; "closed" or empty:
/// none). Nothing on a malformed text, a shift that does not end after it starts, or overlapping shifts.
std::optional<QList<Shift>> parseShifts(const QString &text);
/// The text parseShifts reads, in 24-hour form.
QString formatShifts(const QList<Shift> &shifts);
/// `[{"opens":"08:00","closes":"12:00"},…]` for desk.set_opening_hours.
QByteArray shiftsJson(const QList<Shift> &shifts);
/// `{lift,diagnostics}`: a text[] literal.
QString capabilitiesLiteral(const QList<BayCapability> &caps);
QList<BayCapability> capabilitiesFromLiteral(const QString &literal);
} // namespace workshopsetup

} // namespace adesk

Q_DECLARE_METATYPE(adesk::WorkshopSetup)
