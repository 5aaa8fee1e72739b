#pragma once

#include <QString>

namespace adesk {

/// The payer's account number on a T4A return: 9 digits + program identifier RP + 4 digits
/// (e.g. 123456789RP0001). Source: CRA RC4157 "Payer's account number" (the payroll program account
/// RP is used for T4A) and the bn element (bnType) of T4ASlip / T4ASummary in schema 1-24-1.
/// The root is a BN9 with its check digit (BusinessNumber::isValidRoot). The same rule is
/// desk.payer_account_is_valid() (0012) and the t4a_payer_account_format CHECK (0006).
class PayerAccount {
public:
    static QString normalized(const QString &text);
    static bool isValid(const QString &text);

    /// Transmitter identification of CRA's T619 (2025V1 to 2026V4 layouts): an account number
    /// (bn9, bn15, trust, nr4) or a RepID. Formats (CRA "T619, Electronic Transmittal"): bn9 9
    /// digits (a valid BN root); bn15 a BN with program and reference (123456782RP0001); trust 1
    /// letter + 8 digits; nr4 3 letters + 6 digits; RepID 7 letters/digits. The same rule is the
    /// t4a_payer_transmitter_format CHECK (0012).
    static bool isValidTransmitter(const QString &kind, const QString &number);
};

} // namespace adesk
