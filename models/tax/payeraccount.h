#pragma once

#include <QString>

namespace adesk {

/// The payer's account number on a T4A return: 9 digits + program identifier RP + 4 digits
/// (e.g. 123456789RP0001). Source: CRA RC4157 "Payer's account number" (the payroll program account
/// RP is used for T4A) and the bn element (bnType) of T4ASlip / T4ASummary in schema 1-24-1.
/// The same rule is desk.payer_account_is_valid() and the t4a_payer_account_format CHECK in 0006.
class PayerAccount {
public:
    static QString normalized(const QString &text);
    static bool isValid(const QString &text);

    /// Transmitter identification of CRA's 2025 T619: an account number (bn9, bn15, trust, nr4)
    /// or a RepID. Formats: bn9 9 digits; bn15 like a BN; trust T + 8 digits; nr4 NR + 7 digits;
    /// RepID 7 letters/digits (CRA "Represent a client" RepID).
    static bool isValidTransmitter(const QString &kind, const QString &number);
};

} // namespace adesk
