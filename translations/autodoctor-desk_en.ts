<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Audience</name>
    <message>
        <source>All mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual-only mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop-affiliated mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed mobile mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops (their owners)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bays</name>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tire changer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EV charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workshop is not set to allow physical repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its business licence is not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its business licence has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its zoning is not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no liability insurance on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its liability insurance has expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaySheetRenderer</name>
    <message>
        <source>No bays to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day sheet — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookings on this bay today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by Auto Doctor Desk · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>The connection to the database was lost. Auto Doctor Desk is reconnecting; nothing you typed was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this item while you were working on it. It has been reloaded; your note is kept so you can decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another admin is reviewing this item right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reviewing this item right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was already decided by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clashes with an existing booking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This already exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists or is not visible to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is not completed yet, so it cannot be posted to the ledger. Post it once the platform has completed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event cannot be posted to the ledger: it breaks a compliance rule or has no signed agreement (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the password for this login. Check the login name and type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database asks for a password and none was given. Type it in the sign-in window, or add it to your .pgpass file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not let this login connect from this computer. Ask the database administrator to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database named in the connection does not exist on this server. Check the database name (dbname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server has no free connection right now. Try again in a few minutes, or ask the database administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server is starting up or shutting down. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server could not be reached. Check the host name, that the server is running and your network (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database took too long to answer and the request was stopped. Try again; if it keeps happening, narrow the search or ask the database administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFetcher</name>
    <message>
        <source>The document&apos;s address is not an http(s) address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is larger than %1 MB and was not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document storage did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document storage answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document storage could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file does not match its recorded SHA-256; it is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Earnings</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay rental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed event missing from the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts do not add up to the gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge rows do not balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event changed after it was posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout differs from its ledger rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed payout to pay again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid without a payout reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly charge</source>
        <translation></translation>
    </message>
    <message>
        <source>Virtual consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-workshop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-workshop referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership quote commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay rental charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Expiry</name>
    <message>
        <source>Service tier not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents not submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Could not sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto Doctor Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: the connection would not have been protected. Use sslmode=verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo data (the first time only)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: a database of its own with sample workshops, mechanics and documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo data (the first time only): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto Doctor Desk — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s history could not be loaded (the reason is on the standard error); its panes show what is in. Start the demo again to load it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer after: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-ics: unknown argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-ics: %1 needs a valid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: export-ics --workshop ID --out FILE [--bay ID | --mechanic ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-ics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>export-ics: wrote %n booking(s) of %1 to %2</source>
        <translation>
            <numerusform>export-ics: wrote %n booking of %1 to %2</numerusform>
            <numerusform>export-ics: wrote %n bookings of %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — bays</source>
        <comment>calendar name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay booking</source>
        <comment>calendar category</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <source>%1 does not exist in %2: the clocks jump forward an hour that night (daylight saving time starts). Choose a time before or after the jump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks fall back an hour that night (daylight saving time ends). Choose %3 or %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Platform admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Override</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a flagged document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a service tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a second admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop-affiliated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed mobile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Bay rental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in effect from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay rental per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay rental per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay rental per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly membership fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay-hours included each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each additional bay-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of each job&apos;s gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workshop&apos;s platform fee when the program version was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workshop&apos;s platform fee in force on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program terms, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue split: a worked example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a repair job billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Auto Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mechanic receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mechanic pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay rental for a 4-hour job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus the monthly membership fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (until terminated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in Canadian dollars. Shares are percentages of the amount billed for each job; the parts are rounded so that they add up to the amount billed, to the cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net earnings this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST/HST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST+QST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rental/membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent/memb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payouts this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed — will be paid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee and share: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership #%1 commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remainder of the gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly charge, Agreement #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat continued on video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brake repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heating and A/C repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 T4A slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees earned in %1 (shares on your statements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less: earned in %1, paid in January %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less: earned in %1, payout failed (will be paid again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less: earned in %1, not paid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus: earned in %1, paid in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees paid to you in %1 (T4A box 048)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box 048 of your %1 T4A slip will show %2: fees paid to you in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No T4A slip for %1: the fees paid to you in %1, %2, are $500 or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST/HST is charged on the platform fee at the rate of your province on the event&apos;s date and deducted from your payout. Amounts in Canadian dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST and QST are charged on the platform fee at the rates in force on the event&apos;s date and deducted from your payout. Amounts in Canadian dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T4A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Pension, Retirement, Annuity, and Other Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected B when completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s name and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s program account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social insurance number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s program account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s name and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension or superannuation – line 11500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump-sum payments – line 13000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income tax deducted – line 43700</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees for services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMENDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s copy — keep for your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s copy — keep for your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box 048 excludes GST/HST. Report these fees on your return as business or professional income.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIN truncated and box 061 left blank on the recipient&apos;s copy, as CRA asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number truncated and box 061 left blank on the recipient&apos;s copy, as CRA asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box 061 is left blank on the recipient&apos;s copy, as CRA asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T4A Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of Pension, Retirement, Annuity, and Other Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s account number (15 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals of the T4A slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total number of T4A slips filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension or superannuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump-sum payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total income tax deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minus: remittances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines this platform does not use are left blank, as CRA asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to contact about this return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I certify that the information given in this T4A return is, to the best of my knowledge, correct and complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of authorized person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of authorized person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position or office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of February after the tax year, moved to the next business day when it falls on a Saturday, a Sunday or a public holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled slips are not included in the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERTIFICATE OF LIABILITY INSURANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUSINESS LICENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONING COMPLIANCE CONFIRMATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROOF OF EMPLOYMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERTIFICATE OF QUALIFICATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARCEL REGISTER — PROOF OF OWNERSHIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named insured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit of liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property occupant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permitted use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property identifier (PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate is issued as a matter of information only and confers no rights upon the certificate holder. It does not amend, extend or alter the coverage afforded by the policy above. Should the policy be cancelled before its expiry date, the insurer will endeavour to mail 30 days&apos; written notice to the certificate holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This licence must be displayed in a conspicuous place at the business premises. It is not transferable and is valid only for the address and class shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property named above is located in a zone where the use described is permitted under the applicable zoning by-law, as of the date of this confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder has met the standards of the Interprovincial Standards Red Seal Program for the trade named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement reflects the register as of the date of the search. Instruments registered after that date are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom it may concern,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Partnerships</name>
    <message>
        <source>Brakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heating and air conditioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T4A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads and quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>Approving completes the requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving completes the requirements: the mechanic becomes workshop-affiliated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving completes the requirements: the mechanic becomes a licensed mobile mechanic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving completes the requirements: the independent mechanic becomes compliant and may join partnership programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving completes the workshop&apos;s requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving completes the mobile service&apos;s requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approving leaves %n item(s) missing: %1.</source>
        <translation>
            <numerusform>Approving leaves %n item missing: %1.</numerusform>
            <numerusform>Approving leaves %n items missing: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approving renews a document already approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is not required of this entity: approving it changes no requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is already decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expiring in %n day(s)</source>
        <translation>
            <numerusform>Expiring in %n day</numerusform>
            <numerusform>Expiring in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Independent mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop-affiliated mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed mobile mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerError</name>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is append-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only platform admins review compliance documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease must be between 10 s and 2 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification %1 is being reviewed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown decision &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification %1 was changed by someone else (version %2 is now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expiry date is required to approve a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy number is required to approve insurance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A licence number is required to approve a business licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a reason code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection for &quot;other&quot; needs a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what information is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only platform admins run the expiry sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bay is already taken by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay &quot;%1&quot; is not in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not do physical work at this workshop (not verified, not affiliated or not an active partner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop is closed on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside opening hours: %1 %2–%3 (%4), asked for %5–%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed %2 – %3 (%4)%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closure covers %1 live booking(s), first %2: move or cancel them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this workshop&apos;s owners and platform admins manage its bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new booking is requested or confirmed, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1 was changed by someone else (version %2 is now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 booking cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay %1 is not a bay of this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 booking cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of this workshop may change its partnership programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this program is published and can no longer change; save a new version from a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version cannot move to another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement&apos;s terms and document are frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; is %2 and does not accept applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application must name a published version of program %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such mechanic or program version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; was changed by someone else (version %2 is now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; is closed and can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of a published program cannot change; create a new program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say from which date the new version applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version cannot start in the past (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version cannot start before version %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 program cannot be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program cannot be published from a past date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has no terms to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 was changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; is %2: it takes no new partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not qualify for &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; already has its maximum of %2 partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement document must be a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement %1 was changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown side &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement document has not been generated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership %1 was changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminated partnership cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 partnership cannot be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 is not in this catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour rate %1 is not in this partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only finance manages earnings and payouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only finance posts earnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not exist or is not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is already in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts (%1 cents) do not add up to the gross (%2 cents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge must move %1 cents from the mechanic to the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payout period is the first day of a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paid payout needs its reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 was changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 is %2, not scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed payout needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only finance prepares T4A slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIN is not valid (9 digits with a check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business number is not valid (9 digits, 2 letters, 4 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code %1 is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An individual needs a surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A business needs its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax profile was removed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax profile was changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only finance may see a SIN or BN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax profile %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips with problems cannot be finalised: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only final, current slips of %1 can be filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1 was changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a filed, current slip can be amended or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only finance may read T4A returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of an event are a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is a %3 event (%4), not %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 lacks its mechanic or workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal is not part of a posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 event has no %2 part for the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part for the %2 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part of %2 %3 belongs to the event&apos;s %4, not to another party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part has no amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part of the %2 is %3 cents, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot be negative (%2 cents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part is %2 bp (rule %3) on this event, not %4 bp (rule %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part must be %2 bp of %3 cents, not %4 cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GST/HST rate for %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST/HST on the platform fee is %1 cents (%2 bp, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST/HST is charged on the platform fee only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part for the %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is already reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New row violates row-level security policy for table &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would leave %2 live booking(s) stranded: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the bookings are cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekday is 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the opening and the closing time, or neither to close the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop opens before it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the bay is in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership %1 is not between this mechanic and this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking cannot start in the past (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking cannot be moved into the past (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1 starts %2: it cannot be %3 before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has %2 partners (pending, active or suspended): its maximum cannot be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already hold %1 live claims, the most one admin may hold: decide or release one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role adesk_platform_service does not exist and %1 may not create roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mechanic accepts the agreement on the platform; the desk cannot record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner of the workshop accepts the agreement for the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request id is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown revenue split scenario %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partnership job needs its agreement&apos;s terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement&apos;s shares do not add up to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only finance and the platform post earnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership %1 is not between this workshop and mechanic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership %1 has not started (pending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement of partnership %1 is not signed by both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership %1 was not in force on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was posted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is %2, not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is not completed yet (completed_at is in the future).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is virtual: partnership work is a workshop visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic %1 is not allowed physical work (verification incomplete or expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop visit needs a workshop (only a licensed mobile mechanic works without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop %1 does not allow physical repairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic %1 is neither an employee nor a partner of workshop %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1 is not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for function calculate_revenue_split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gross amount is zero or more cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1 is previewed from its terms (the agreement&apos;s or the partnership&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms need a program type (bay_rental, revenue_share or membership).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge month is the first day of a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges are billed once a month has ended (%1 has not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partnership charge is a bay_rental or membership charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding a charge needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee is between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee change needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee change takes effect today or later: the past is not edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version keeps the rule&apos;s kind and workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee rule %1 was replaced meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version must start after %1 (when version %2 starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee rule %1 already has a later version: change that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new fee rule is a workshop&apos;s custom fee; other rules get new versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop %1 has a custom fee: give the version being replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform fee on %1 is %2 bp; the workshop (%3 bp) and mechanic (%4 bp) shares must add up to 100 % with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for function partnership_earnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SIN is already on another payee&apos;s tax profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; of a Quebec workshop needs its French name and French terms before it is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live bookings of one mechanic overlap (booking pairs %1): move or cancel one of each pair, then migrate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already booked elsewhere at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already booked at that time: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bay is already taken at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay &quot;%1&quot; is out of service%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not do physical work at this workshop on %2 (not verified, not affiliated or not an active partner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop cannot host physical work on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership %1 does not cover %2 (it is %3, contract %4 to %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside opening hours: %1 %2 (%3), asked for %4–%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bay stays in its workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bay&apos;s name has 1 to 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown bay type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown capability &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bay&apos;s buffer is 0 to 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An hourly rate is $0.00 to $1,000,000.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop already has a bay named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay &quot;%1&quot; was changed by someone else (version %2 is now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bay goes out of service today (%1) or later, not on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shifts are a JSON array of {&quot;opens&quot;: &quot;HH:MM&quot;, &quot;closes&quot;: &quot;HH:MM&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift&apos;s times are written HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift opens before it closes (%1–%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts overlap (%1–%2 and %3–%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening hours were changed by someone else (version %1 is now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New opening hours take effect today (%1) or later, not on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closure is a holiday, maintenance or other, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closure ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closure that has already ended closes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closure&apos;s reason has at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure %1 was changed by someone else (version %2 is now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation is valid 1 to 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on this workshop&apos;s roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a pending invitation to this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation %1 was changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the web platform redeems invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation was sent to another e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mechanic belongs to another workshop: leave it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only platform admins link mechanics to workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the mechanic is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another workshop: unlink first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the roster of a workshop you manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic %1 was changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown audience &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown province &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only platform admins send bulk notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice needs its title and message in English and in French.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must be a path of the platform, such as /mechanic/compliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only platform admins oversee expiry and the transition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transition period needs a name (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transition starts, then the tier is chosen, then the documents are due: check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only platform admins read the platform KPIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KPI bucket is a week or a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KPI period ends after it starts and spans at most 3 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A licence number is required to approve an MVIS licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This verification does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only platform admins edit the requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requirement takes effect today or later, never in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This requirement is already in effect on or after that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid requirement (province, entity, path or document type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This requirement does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This requirement already ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification %1 is flagged as potentially edited: a second admin must approve an override first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the document may have been edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service tier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mechanic already has that service tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mechanic without a workshop cannot be workshop-affiliated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only platform admins request overrides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification %1 is not flagged: approve it as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown override kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override request for this is already waiting for a second admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only platform admins decide overrides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override must be decided by another admin than the one who asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the override is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the override is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mechanic cannot have the service tier &quot;%1&quot; now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote line belongs to its quote&apos;s workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not priced from the partnership&apos;s catalog valid on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the platform creates escalation leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a virtual session is escalated to a repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 was already escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the workshop&apos;s owners work its leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the lead is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead is marked contacted or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the platform creates quotes for a partnered mechanic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership %1 is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership %1 does not allow quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is not a lead of partnership %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote has 1 to 100 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quantity from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the part is not in the partnership&apos;s catalog on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: labour of 1 minute or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the labour rate is not in the partnership&apos;s catalog on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a line is a part or labour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote totals more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the workshop&apos;s owners decide its quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the quote is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the quote is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the platform records a customer&apos;s acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 is %2, not sent to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the platform records a completed job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 is not an accepted quote waiting for its job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job completes after its quote is accepted and not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the web platform creates and answers session requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session request needs a valid postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown session type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown routing type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing through a workshop needs a preferred workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown matching method &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected mechanic cannot take this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the mechanic accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic %1 was not offered request %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is already accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic %1 already answered request %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only platform admins and the web platform run the matching sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep needs a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only platform admins and workshop owners see the live requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matching KPI period is 1 to 36 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only platform admins change the matching rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching rule &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of your workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid postal code &quot;%1&quot;: a Canadian postal code looks like A1A 1A1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown routing type &quot;%1&quot;: choose workshop only, hybrid or broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing type &quot;%1&quot; needs a workshop: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows a smart broadcast or a broadcast, not &quot;%1&quot;: a selected or favourite mechanic needs a stored request (use Why matched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown session type &quot;%1&quot;: choose chat, video or workshop visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 20 service keywords, and a make of at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the workshop&apos;s owners set its routing type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins, workshop owners and the platform read the workshop directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory is read 1 to 500 workshops at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics cover 1 to 36 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the platform records a customer&apos;s answer to a quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 was valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins and the platform run the quote expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of a T4A return holds 1 to 10,000 slips.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The database is at schema version %1; this Auto Doctor Desk needs %2. Ask your administrator to run “autodoctor-desk migrate”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded for a newer Auto Doctor Desk (schema %1; this one knows %2). Install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not an Auto Doctor Desk database (it has no desk schema). Check the database named in the connection, or ask your administrator to run “autodoctor-desk migrate”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tax</name>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Alberta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British Columbia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manitoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Brunswick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newfoundland and Labrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova Scotia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northwest Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nunavut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prince Edward Island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quebec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saskatchewan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yukon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environmental compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MVIS licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationQueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk</name>
    <message>
        <source>The system user &quot;%1&quot; does not exist: install the postgresql package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot hand %1 to the system user &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: unknown argument &apos;%1&apos;. Usage: seed-demo [--scale N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: --scale needs a row count between 0 and 100000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: the demo data set is already loaded in the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: demo logins (password &quot;demo&quot;): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::AgreementListModel</name>
    <message>
        <source>%1 (v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document to generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting the mechanic&apos;s acceptance (on the platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by %1 on the platform, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::AgreementsPanel</name>
    <message>
        <source>Mechanic&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept for the workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept for the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the agreement with %1 for your workshop? It is recorded under your name, at the server&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::AnalyticsModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median to accept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ApplicationQueueModel</name>
    <message>
        <source>%1 (Red Seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Qualifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ApplicationsPanel</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required to reject; shown to the mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve and issue agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating %1 ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) of experience</source>
        <translation>
            <numerusform>%n year of experience</numerusform>
            <numerusform>%n years of experience</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Red Seal certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Qualifies for version %1 of the program.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Does not qualify:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Reason: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::AuditLogModel</name>
    <message>
        <source>Verification approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax profile saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger event reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee rule changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T4A slips generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T4A return read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T4A return filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T4A slip amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T4A slip cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay back in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay rental charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T4A slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T4A return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry reminder sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document flagged as edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement withdrawn before it took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition period granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service tier changed by override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default routing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching rule changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote declined by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::AuditLogPane</name>
    <message>
        <source>Login role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table, e.g. compliance_verifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to read its detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::BatchCommands</name>
    <message>
        <source>Creates the database&apos;s group roles and lets the deploying role run the migrations (once, as a superuser).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login role that will run the migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies the embedded database migrations that are not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads the demo data into an empty, migrated database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds N generated rows to a seeded demo database (for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a picture of every pane for each role (offscreen when there is no display).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of the pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses a dark palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the month&apos;s earnings statements as PDF files, one per party and one combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month of the statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of the PDF files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a workshop&apos;s bay bookings as an iCalendar (.ics) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this bay&apos;s bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this mechanic&apos;s bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (default: 30 days ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (default: in 180 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files the year&apos;s T4A slips: the XML returns for the CRA and the PDF slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of the returns and slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files a tax year that is not over yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills the month&apos;s partnership charges (bay rental hours, memberships); running it again bills nothing twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month to bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders one page of a document (PDF or image) in the sandboxed reader, or prints its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (default: 96).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the page&apos;s text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s memory limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s processor time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expire-sweep: %n verification(s) expired</source>
        <translation>
            <numerusform>expire-sweep: %n verification expired</numerusform>
            <numerusform>expire-sweep: %n verifications expired</numerusform>
        </translation>
    </message>
    <message>
        <source>migrate: schema is up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate: applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bootstrap-roles: name the deploying role: bootstrap-roles --deployer ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq connection string, URI or service=NAME (default: PG* variables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the embedded demo database (started on demand, stopped on exit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface, the messages and the files written: en or fr (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept sslmode=disable, allow or prefer to a host that is not local (the password and data may cross the network unencrypted). Without it such a connection is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: sign in as admin, admin2, finance, owner or owner-montreal (default: admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto Doctor Desk: compliance review, bays, partnerships, earnings and T4A for The Auto Doctor.
Without a command the desktop application starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;autodoctor-desk COMMAND --help&apos; describes a command and its options. The options below may come before or after the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The global options (--db, --demo, --lang…) may come before or after the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;autodoctor-desk %1--help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autodoctor-desk: unknown command &apos;%1&apos;. Known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autodoctor-desk: --as needs --demo and one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autodoctor-desk %1: unexpected argument &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autodoctor-desk: invalid --db: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autodoctor-desk: pass --allow-insecure-transport to connect anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays this help and does nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays the version and quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every migration (applied, checksum, pending) and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expire-sweep: %n expiry reminder(s) sent</source>
        <translation>
            <numerusform>expire-sweep: %n expiry reminder sent</numerusform>
            <numerusform>expire-sweep: %n expiry reminders sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Moves the session requests on: the chosen mechanic&apos;s window, the second wave, expiry (every minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match-sweep: windows timed out: %1, second waves: %2, offers sent: %3, requests expired: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires the approved verifications past their expiry date, sends the expiry reminders and expires the repair quotes past their validity (daily).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expire-sweep: %n repair quote(s) expired</source>
        <translation>
            <numerusform>expire-sweep: %n repair quote expired</numerusform>
            <numerusform>expire-sweep: %n repair quotes expired</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads on this connection (a read replica: a saved profile&apos;s name or a connection string), read-only, and says how current its data is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the year&apos;s T4A aggregation as CSV: per payee the box 048 fees paid, the statements&apos; total, unpaid and prior-year amounts, whether a slip is due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::BayCalendarPane</name>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes: bays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes: mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print day sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mechanic to book for first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bay to book first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (sent to the mechanic):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to confirm (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — times in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a booking in the calendar or a request above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2&lt;br&gt;%3–%4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bookings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bookings as iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day sheet — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop cannot host physical work today: %1. The database refuses bookings for physical work until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::BayController</name>
    <message>
        <source>No workshop to show: your login manages none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1 moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n booking(s) to %1.</source>
        <translation>
            <numerusform>Exported %n booking to %1.</numerusform>
            <numerusform>Exported %n bookings to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>a compliance requirement is not met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::BaySetupModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::BookingModel</name>
    <message>
        <source>Bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::BookingsInTheWayDialog</name>
    <message>
        <source>Bookings in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 would leave %n live booking(s) without a bay or outside the opening hours. Nothing has been changed yet.</source>
        <translation>
            <numerusform>%1 would leave %n live booking without a bay or outside the opening hours. Nothing has been changed yet.</numerusform>
            <numerusform>%1 would leave %n live bookings without a bay or outside the opening hours. Nothing has been changed yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to each mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel them with this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them — I will move them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::CandidateModel</name>
    <message>
        <source>Exclusive window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid (workshop first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same neighbourhood (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearby area (%1 km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same region (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop is closed or none of its mechanics is available: other mechanics are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local mechanic is available: mechanics further away are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No brand specialist is available locally: specialists further away are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected mechanic did not answer within the window: the others were notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fav.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ChargesCommand</name>
    <message>
        <source>partnership %1 (%2 at %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charges: %1 %2: bay rental #%3, %4 (%5 h of bookings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charges: %1 %2: membership #%3, %4 (%5 h of bookings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>charges: %1: nothing new was billed (%n charge(s) billed by earlier runs, %2)</source>
        <translation>
            <numerusform>charges: %1: nothing new was billed (%n charge billed by earlier runs, %2)</numerusform>
            <numerusform>charges: %1: nothing new was billed (%n charges billed by earlier runs, %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>charges: %1: %n charge(s) billed, total %2</source>
        <translation>
            <numerusform>charges: %1: %n charge billed, total %2</numerusform>
            <numerusform>charges: %1: %n charges billed, total %2</numerusform>
        </translation>
    </message>
    <message>
        <source>charges: --month takes YYYY-MM, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charges: unknown argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: charges --month YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ChecklistPanel</name>
    <message>
        <source>Loading the requirements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is required of this entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ClosureSetupModel</name>
    <message>
        <source>Whole workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ConnectionDialog</name>
    <message>
        <source>Sign in to Auto Doctor Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host=db.theautodoctor.ca dbname=autodoctor user=alice sslmode=verify-full — or service=autodoctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to use ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid connection string: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: libpq&apos;s defaults are used (PGHOST, PGDATABASE, PGUSER, ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1): passwords cannot be remembered. Type the password at each sign-in, or keep it in ~/.pgpass (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password written in the connection string of &quot;%1&quot; was removed from it before saving and is not stored anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password written in the connection string of &quot;%1&quot; was removed from it and is now kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was not saved in the system keychain: %2. You will be asked for it at the next sign-in (or keep it in ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the connection string before saving and is not stored anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode=%1 (set by %2) may send the password and the data to %3 unencrypted: you will be asked to confirm. Use sslmode=verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached over the network: the connection uses sslmode=verify-full (encrypted, and the server&apos;s certificate must match its name; give its CA with sslrootcert=… or in ~/.postgresql/root.crt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode=%1 encrypts but does not check that %2 is the server you meant: use sslmode=verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password in the connection string is never saved with the connection: saving moves it to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name so that its password can be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprotected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 uses sslmode=%2 (set by %3). With it, your password and everything you read and change could cross the network unencrypted, or reach a server that is not the one you meant.

Use sslmode=verify-full unless you know this network is safe. Connect without this protection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect unprotected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger, statements, T4A overview and dashboards are read from this connection (a read replica), read-only, with the same login and password; every change is still made on the sign-in connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance &amp;reports from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the connection under a name to read reports from another connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ConnectionSettings</name>
    <message>
        <source>The value of %1 may not contain &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo password is accepted only by a database on this computer (a Unix socket or localhost), never by %1: demo logins exist only in the local demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 would use sslmode=%2 (set by %3): the password and the data could cross the network unencrypted and unchecked. Use sslmode=verify-full, or confirm that you accept an unprotected connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::DecisionPanel</name>
    <message>
        <source>No expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to the applicant (required to request information or to reject for “Other”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject with the chosen reason (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the applicant for more information (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · submitted %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop-affiliated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licensed mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic tier: %1 · compliance: %2 · physical work: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information requested on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ matches the uploaded file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ does NOT match the file&apos;s bytes: do not approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage amount is not a valid dollar amount (for example %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a rejection reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is wrong in the note when the reason is “Other”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in the note what information you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request second approval…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::DemoCluster</name>
    <message>
        <source>Cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the demo database cluster (initdb failed):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database server started but refuses connections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server binaries not found under /usr/lib/postgresql: install the postgresql package (initdb and pg_ctl are needed for the demo database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running as root needs the runuser command (package util-linux) to start the demo database as the postgres user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database server did not start:
%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PostgreSQL data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by PostgreSQL %2, the server here is PostgreSQL %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::DemoSeeder</name>
    <message>
        <source>seed-demo renders PDF certificates and needs a QGuiApplication (fonts); it was started without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no Auto Doctor Desk schema: run `autodoctor-desk migrate` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: planned %1 verifications for %2 organizations and %3 mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: rendered %1 documents in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: %1 organizations, %2 mechanics, %3 staff logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo needs a PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: loaded %1 verifications and %2 documents in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale adds rows to the demo data set: run `migrate` and `seed-demo` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale adds rows to the demo data set: run `seed-demo` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo data set has no organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: scale: added %1 mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo data set is incomplete (no entities or admins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: scale: %1/%2 rows sent (%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: scale: added %1 verifications in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: %1 demo data loaded in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server accepts connections from other machines (listen_addresses = &apos;%1&apos;). seed-demo creates logins whose password is &quot;%2&quot; only on a server that no other machine can reach (listen_addresses empty or localhost only), such as the embedded demo database (--demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds %1 and %2; the demo data set is only loaded into an empty database. Use --scale N to add benchmark rows to a demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mechanic(s)</source>
        <translation>
            <numerusform>%n mechanic</numerusform>
            <numerusform>%n mechanics</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo&apos;s history is loaded after its core data set, which this database does not hold: run seed-demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: the demo&apos;s history loaded in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::DirectoryModel</name>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::DocumentBanner</name>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::DocumentSearchBar</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::DocumentView</name>
    <message>
        <source>Page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is incorrect. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be loaded: the file is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be loaded: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be loaded: this file type is not supported. Only PDF, JPEG and PNG files can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document could not be displayed safely: it needs more than %1 MB of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document could not be displayed safely: it needs more than %1 s to display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document could not be displayed safely: the document reader (autodoctor-desk-render) is missing or could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document could not be displayed safely: the document reader stopped on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be loaded: it is too large to display safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be loaded: the file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::EarningsController</name>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout batch #%1 scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no statement for this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Statements cancelled after %n file(s).</source>
        <translation>
            <numerusform>Statements cancelled after %n file.</numerusform>
            <numerusform>Statements cancelled after %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) saved, and the combined PDF %1.</source>
        <translation>
            <numerusform>%n statement saved, and the combined PDF %1.</numerusform>
            <numerusform>%n statements saved, and the combined PDF %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only finance may change platform fees. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee rule being replaced no longer exists. Nothing was changed; the list has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this fee rule first. Nothing was changed; the list has been reloaded: check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fee version #%1 saved: %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed event of this month is missing from the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) posted to the ledger</source>
        <translation>
            <numerusform>%n event posted to the ledger</numerusform>
            <numerusform>%n events posted to the ledger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already posted</source>
        <translation>
            <numerusform>%n already posted</numerusform>
            <numerusform>%n already posted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (the reason is in the Detail column)</source>
        <translation>
            <numerusform>%n refused (the reason is in the Detail column)</numerusform>
            <numerusform>%n refused (the reason is in the Detail column)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped with %n not tried</source>
        <translation>
            <numerusform>stopped with %n not tried</numerusform>
            <numerusform>stopped with %n not tried</numerusform>
        </translation>
    </message>
    <message>
        <source>Void charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 was voided before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 #%2 voided: %n reversal row(s) posted.</source>
        <translation>
            <numerusform>%1 #%2 voided: %n reversal row posted.</numerusform>
            <numerusform>%1 #%2 voided: %n reversal rows posted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::EarningsPane</name>
    <message>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All payees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any payout status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual and physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a total to see its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see the split of its event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST/HST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform revenue by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a payee to see 12 months of earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a month and reconcile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule payouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements are issued per mechanic and per workshop for the month chosen above, in the payee&apos;s language (French for Quebec).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the payee&apos;s statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all statements of the month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a payee in the filter bar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the statements in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2: gross %3, parts add up to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform revenue by month (virtual vs physical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: net earnings, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: gross = platform + workshops + mechanics + referrals for every event, and payouts match the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) to resolve.</source>
        <translation>
            <numerusform>%n difference to resolve.</numerusform>
            <numerusform>%n differences to resolve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform fee on your sessions: %1 (rule “%2”, since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform fee on the sessions of %1: %2 (rule “%3”, since %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— until %1; a new version follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void charge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected bay rental or membership charge with a reversal entry (a reason is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 #%2 voided? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge is voided only with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the selected completed events that are missing from the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post all missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post every completed event of the month that is missing from the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select sessions or escalated repairs missing from the ledger (reconcile the month first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No differences in the ledger; %n failed payout(s) below, their rows scheduled again in a later batch.</source>
        <translation>
            <numerusform>No differences in the ledger; %n failed payout below, its rows scheduled again in a later batch.</numerusform>
            <numerusform>No differences in the ledger; %n failed payouts below, their rows scheduled again in a later batch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::EarningsRepository</name>
    <message>
        <source>%1 #%2 is a charge: it is billed by the month&apos;s charge run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no posting returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 is not a charge; only bay rental and membership charges are voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ExpiryBoardModel</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical repairs at the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested or confirmed bookings starting after the expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active partnerships running past the expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders sent at 60, 30 and 7 days before expiry (date sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ExpiryController</name>
    <message>
        <source>Transition period created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ExpiryPane</name>
    <message>
        <source>Within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Every entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New transition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) expiring within the period</source>
        <translation>
            <numerusform>%n document expiring within the period</numerusform>
            <numerusform>%n documents expiring within the period</numerusform>
        </translation>
    </message>
    <message>
        <source> — physical work withdrawn for %1, %2 booking(s) and %3 partnership(s) at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1. Service tier to be chosen by %2; documents due by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transition period yet: create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New transition period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service tier transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service tier chosen by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents submitted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::FeeRuleDialog</name>
    <message>
        <source>all workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of a platform fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3: %4 since %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom platform fee for a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee on the sessions this workshop serves, instead of the general rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the fee changes (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current custom fee: %1 since %2 (rule “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom fee yet: the general rules apply to this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version must start after the current one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 the fee is %2; the current version (%3) applies until %4. Past events keep the fee of their date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 the fee on this workshop&apos;s sessions is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3: %4 from %5 (scheduled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fee scheduled: %1 from %2 (rule “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 the fee is %2; the version scheduled from %3 (%4) applies until %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::FeeRuleModel</name>
    <message>
        <source>Version %1, written by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day in effect; the next version starts on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect until a new version replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::FeeRulesPanel</name>
    <message>
        <source>Current and scheduled versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version (history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule or workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fee for a workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule version(s) in effect or scheduled, %1 in the history. A new version starts today or later and ends the one it replaces the day before: past events keep the fee of their date. Every change is audited.</source>
        <translation>
            <numerusform>%n rule version in effect or scheduled, %1 in the history. A new version starts today or later and ends the one it replaces the day before: past events keep the fee of their date. Every change is audited.</numerusform>
            <numerusform>%n rule versions in effect or scheduled, %1 in the history. A new version starts today or later and ends the one it replaces the day before: past events keep the fee of their date. Every change is audited.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the rule to change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new version of “%1” from a date you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is inactive: it applies to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later version is already scheduled: select it to change the fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version has ended: select the version in effect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::HistoryPanel</name>
    <message>
        <source>&amp;Flag as potentially edited…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier &amp;submission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ Flagged as potentially edited (%1). A second admin allowed approving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ Flagged as potentially edited (%1). Approving needs a second admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (#%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag as potentially edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What suggests the document was edited? Approving it will then need a second admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::InvitationModel</name>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::Keychain</name>
    <message>
        <source>no keychain service (Secret Service or KWallet) is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service (Secret Service or KWallet) answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::KpiDashboardPane</name>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the numbers behind the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the numbers of this tab (tab-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnaround</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the numbers of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: under 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop-affiliated mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: more than %1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 % or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifications submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from submission to decision (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending at the end of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue size, by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifications submitted and decided, by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanics by service tier, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: 100 workshop-affiliated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed sessions by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: 500 virtual sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanics active the month before and again this month (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: 80 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay bookings across workshops (utilization: Numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform revenue by service tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::KpiTableModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share within 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed physical work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active the month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop-affiliated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed mobile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::LaggardModel</name>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::LeadModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::LedgerModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST/HST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership #%1 commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly charge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::LedgerTotalsModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST/HST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::LiveRequestsModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting past its window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (FSA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::MainWindow</name>
    <message>
        <source>Auto Doctor Desk — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Signed in as %1. Your role has no panes in this release yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connection lost, reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Auto Doctor Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Auto Doctor Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Auto Doctor Desk %1&lt;/h3&gt;&lt;p&gt;The back office of The Auto Doctor: compliance review, bays, partnerships, earnings and T4A.&lt;/p&gt;&lt;p&gt;Connected to: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;These edits are not saved:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Save them, discard them, or cancel and keep working?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your edits; sign out or quit again once they are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some edits cannot be saved as they are: correct them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation></translation>
    </message>
    <message>
        <source>Platform admin — Amira Patel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second platform admin — Étienne Dubois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance — Rachel Goldberg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop owner, Toronto — Daniel Okafor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop owner, Montréal — Isabelle Gagnon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s history is loading: two years of sessions, payouts, T4A slips, requests and reminders. This tab opens when it is in; the other tabs work meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo&apos;s history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::MatchingKpiView</name>
    <message>
        <source>Accepted by the top match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests that fell back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average match score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to accept (median, 90th percentile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s, %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1 accepted, over %2 months</source>
        <translation>
            <numerusform>%n request, %1 accepted, over %2 months</numerusform>
            <numerusform>%n requests, %1 accepted, over %2 months</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted by the top match and fallback rate, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the top match (target %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fell back (target under %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::MatchingPane</name>
    <message>
        <source>Live requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests waiting for a mechanic, and those of the last 24 hours. Refreshed every 10 seconds; the customer appears only as the area of their postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see who was offered it, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matching plan&apos;s numbers. Double-click a value to change it, then Save; every change is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matching plan&apos;s numbers, as the platform applies them (read only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between %1 and %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers of request %1: who was notified, why, and the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy selected requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::MatchingRulesModel</name>
    <message>
        <source>%1 (unsaved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between %1 and %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <comment>allowed range of a rule</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::MonthOverviewWidget</name>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n to confirm</numerusform>
            <numerusform>%n to confirm</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::NotificationLogModel</name>
    <message>
        <source>Bulk notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (workshop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::NotificationsPane</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a notification to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the affiliation template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the title and the message in English and in French.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is in this audience: nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to %n recipient(s) (%2)?</source>
        <translation>
            <numerusform>Send “%1” to %n recipient (%2)?</numerusform>
            <numerusform>Send “%1” to %n recipients (%2)?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each recipient gets it in their language. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notice sent to %n recipient(s).</source>
        <translation>
            <numerusform>Notice sent to %n recipient.</numerusform>
            <numerusform>Notice sent to %n recipients.</numerusform>
        </translation>
    </message>
    <message>
        <source>To %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::OffersModel</name>
    <message>
        <source>0 (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 (second wave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::OpeningHoursModel</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::OverrideModel</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::OverridesController</name>
    <message>
        <source>Override approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier change requested: another admin must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::OverridesPane</name>
    <message>
        <source>Approving a document flagged as potentially edited, or changing a mechanic&apos;s service tier by hand, needs a second admin. Every step is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a second admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;tier change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for this override: another admin must decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mechanic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a tier change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mechanic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second admin must approve the change; it takes effect then. Virtual only also withdraws physical work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::OversightController</name>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::PageCanvas</name>
    <message>
        <source>This page could not be displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering page %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::PartnershipController</name>
    <message>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: the agreement is ready in the Agreements tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership terms saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts catalog saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour rates saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement document generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, but the agreement document could not be stored (%1). Generate it from the Agreements tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workshop is chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::PartnershipEarningsModel</name>
    <message>
        <source>Workshop share plus the charges the mechanic paid the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay rental and membership charges of the months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total (%n partnership(s))</source>
        <translation>
            <numerusform>Total (%n partnership)</numerusform>
            <numerusform>Total (%n partnerships)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::PartnershipEarningsPanel</name>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the month of each job. Platform fee and shares follow the partnership&apos;s signed agreement; charges are the bay rental and membership charges billed to the mechanic; the balance is what the workshop earned: its share plus the charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership jobs or charges in these months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s): balance %1.</source>
        <translation>
            <numerusform>%n partnership: balance %1.</numerusform>
            <numerusform>%n partnerships: balance %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::PartnershipListModel</name>
    <message>
        <source>No quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes, with approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parts, %2 rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::PartnershipPane</name>
    <message>
        <source>&amp;New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— all workshops (read only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::PartnershipsPanel</name>
    <message>
        <source>Permissions and payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May create &amp;quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes need the workshop&apos;s &amp;approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2 500,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum &amp;quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required to suspend or terminate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ter&amp;minate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. Review the rows, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic commission %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add labour rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove labour rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import parts from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import labour rates from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save parts catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save labour rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::PartsCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row lacks the column(s): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part number and name are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wholesale price &quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retail price &quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retail price is below wholesale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead time &quot;%1&quot; is not a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates must be written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service category is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hourly rate &quot;%1&quot; is not a positive amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mechanic rate &quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission &quot;%1&quot; is not a percentage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::PendingBookingModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::PgCsv</name>
    <message>
        <source>CSV export needs a PostgreSQL connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV import needs a PostgreSQL connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row has %1 columns; at most %2 are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ProgramEditor</name>
    <message>
        <source>Edit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit bay prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit maximum partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit French name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit French description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit French terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Quebec workshop&apos;s program needs its French name and French terms before it is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Weekend bay rental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum &amp;partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay rental prices (leave empty what you do not offer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per d&amp;ay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop and the mechanic share each job&apos;s revenue after the platform fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Included bay-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overage per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split of each job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;echanic share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service tiers (none = any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the program card as mechanics see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you keep your job revenue after the platform fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month, %2 bay-hours included, then %3 per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop %1 · You %2 · Platform %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a %1 job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You earn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop earns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bay rental, %n hour(s)</source>
        <translation>
            <numerusform>Bay rental, %n hour</numerusform>
            <numerusform>Bay rental, %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>The worked example appears once the terms are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating %1 ★ or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) of experience</source>
        <translation>
            <numerusform>%n year of experience</numerusform>
            <numerusform>%n years of experience</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most %n partner(s)</source>
        <translation>
            <numerusform>at most %n partner</numerusform>
            <numerusform>at most %n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>Who can apply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any compliant mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program is closed; its terms no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workshop&apos;s platform fee in force on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workshop&apos;s platform fee in force on %1 (rule “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program terms, frozen in each agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worked example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the worked example…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program terms: %1 per hour, billed each month from your bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <comment>spin box suffix after the number</comment>
        <translation>
            <numerusform> year</numerusform>
            <numerusform> years</numerusform>
        </translation>
    </message>
    <message>
        <source>A new partnership program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership program “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ProgramListModel</name>
    <message>
        <source>Version %1, in effect from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ProgramTerms</name>
    <message>
        <source>Give the program a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of partners cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares must be between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop and mechanic shares add up to %1 but must add up to %2 (100 % of what remains after the %3 platform fee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay prices must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a bay price per hour, per day or per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a bay rental the mechanic keeps the job revenue: the workshop&apos;s share is 0 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a positive monthly membership fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included bay-hours must be between 0 and 744 a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a positive hourly rate for bay-hours beyond those included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum rating is between 0 and 5 stars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of experience are between 0 and 70.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay rental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial certificate of qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liability insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop-affiliated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service tier not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::QueueFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanics and workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, licence or policy number (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::QuoteModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval required, over the monthly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the monthly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month to date / limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting because</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::QuotesController</name>
    <message>
        <source>Lead marked lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead marked contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote approved: sent to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::QuotesPane</name>
    <message>
        <source>Repair leads escalated from virtual sessions and partner quotes waiting for a workshop&apos;s approval, for every workshop. Read-only: the workshop&apos;s owners work them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair leads your partner mechanics escalated from virtual sessions, and their quotes waiting for your approval (over the partnership&apos;s monthly limit, or when approval is required). Every decision is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotes to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity / time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the quote to the customer (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the quote with a reason (Ctrl+Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark l&amp;ost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quote is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote #%1 by %2 for %3, %4. Total %5. This month: %6 (%7 before this quote). %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the lead lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote #%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ReplicaStatus</name>
    <message>
        <source>Replica: no transaction replayed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1 (replica up to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Data as of %1 (%n s behind)</source>
        <translation>
            <numerusform>Data as of %1 (%n s behind)</numerusform>
            <numerusform>Data as of %1 (%n s behind)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::RequirementRulesModel</name>
    <message>
        <source>Every province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (excl.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::RequirementsController</name>
    <message>
        <source>%1 is required of: %2, from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule ends: it no longer applies from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule had not begun: it is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::RequirementsPane</name>
    <message>
        <source>Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past and future rules too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect on this date (today or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected rule from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule no longer applies on this date (today or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::RevenueSplit</name>
    <message>
        <source>Custom fee agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A negative amount cannot be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s workshop share and the platform fee exceed 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares of the rules exceed 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party charged the platform fee has no province for GST/HST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GST/HST rate for %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ReviewController</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expiry sweep: %n verification(s) expired.</source>
        <translation>
            <numerusform>Expiry sweep: %n verification expired.</numerusform>
            <numerusform>Expiry sweep: %n verifications expired.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: decisions are made by platform admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are reviewing this item (held for you until %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document was uploaded for this verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was just decided elsewhere: %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information requested from the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the connection to the database is down. Your decision will be sent again as soon as it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the document…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ReviewOverrides</name>
    <message>
        <source>Flagged as potentially edited: approving it now needs a second admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request second approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is flagged as potentially edited. Why should it be approved? Another admin decides in Overrides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second approval requested: another admin decides in Overrides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ReviewPane</name>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: decisions are made by platform admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded, more below</source>
        <translation>
            <numerusform>%n item loaded, more below</numerusform>
            <numerusform>%n items loaded, more below</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::RosterController</name>
    <message>
        <source>No workshop to show: your login manages none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation to %1 recorded: the platform e-mails the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation revoked: its link no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bookings were made in the meantime: unlink again to see them. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic unlinked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mechanic unlinked; %n booking(s) cancelled.</source>
        <translation>
            <numerusform>Mechanic unlinked; %n booking cancelled.</numerusform>
            <numerusform>Mechanic unlinked; %n bookings cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mechanic linked to the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::RosterModel</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Joined through the workshop&apos;s invitation: approved as an account; physical work once compliance is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required documents not yet approved (or expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, physical work allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::RosterPane</name>
    <message>
        <source>Search name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical work allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite mechanic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink mechanic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link mechanic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite a mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform e-mails a link to this address. The mechanic joins your roster when they accept it; physical work starts once their compliance documents are approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the invitation to %1? Its link stops working. Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves the roster: independent again, virtual work only, no physical work at the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 leaves the roster: independent again, virtual work only. These %n booking(s) ahead at the workshop will be cancelled, and the mechanic told why:</source>
        <translation>
            <numerusform>%1 leaves the roster: independent again, virtual work only. This %n booking ahead at the workshop will be cancelled, and the mechanic told why:</numerusform>
            <numerusform>%1 leaves the roster: independent again, virtual work only. These %n bookings ahead at the workshop will be cancelled, and the mechanic told why:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2–%3, %4 (booking %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told to the mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel bookings and unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mechanic already belongs to a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a mechanic to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mechanic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is audited. The mechanic is approved as an account at once; physical work waits for approved compliance documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>spin box suffix after the number</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::RoutingController</name>
    <message>
        <source>Default routing saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::RoutingPane</name>
    <message>
        <source>Routing preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops&apos; routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory &amp;&amp; analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart broadcast (top N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A1A 1A1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make, e.g. BMW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brakes, suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop only: only your mechanics are notified. Hybrid: yours first, then the platform&apos;s. Broadcast: every eligible mechanic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a workshop to see its requests per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: requests per month (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop (broadcast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing: %1. %2 of %3 mechanics notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mechanic matches this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #%1, ranked as it was routed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Canadian postal code (A1A 1A1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of a session request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the routing of this request (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::StatementsBatch</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statements: unknown argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: statements --month YYYY-MM --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>statements: %n statement(s) for %1 in %2 (loaded in %3 ms, %4 ms in all), combined: %5</source>
        <translation>
            <numerusform>statements: %n statement for %1 in %2 (loaded in %3 ms, %4 ms in all), combined: %5</numerusform>
            <numerusform>statements: %n statements for %1 in %2 (loaded in %3 ms, %4 ms in all), combined: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>statements: invalid --reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::T4ABatch</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slip %1 (%2 %3), line %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T4A Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t4a: unknown argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t4a: the payer profile (desk.t4a_payer) is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t4a: no T4A slip to file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payer&apos;s account number %1 is not valid (9 digits with their check digit, RP, 4 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transmitter number %1 is not a valid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft slip (finalize it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T619 transmittal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: t4a --year YYYY --out DIR [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t4a: warning: tax year %1 is not over; its slips may still change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t4a: nothing written; add --force to file %1 anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t4a: left out: slip %1 (%2 %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>t4a: the return does not validate against the CRA schema (%n error(s)); nothing was written:</source>
        <translation>
            <numerusform>t4a: the return does not validate against the CRA schema (%n error); nothing was written:</numerusform>
            <numerusform>t4a: the return does not validate against the CRA schema (%n errors); nothing was written:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>t4a: %n slip(s) for %1, report type %2, submission %3, box 048 total %4; XML %5 (generated in %6 ms, validated in %7 ms), summary %8</source>
        <translation>
            <numerusform>t4a: %n slip for %1, report type %2, submission %3, box 048 total %4; XML %5 (generated in %6 ms, validated in %7 ms), summary %8</numerusform>
            <numerusform>t4a: %n slips for %1, report type %2, submission %3, box 048 total %4; XML %5 (generated in %6 ms, validated in %7 ms), summary %8</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>t4a: %n slip(s) left out; correct them and run t4a again</source>
        <translation>
            <numerusform>t4a: %n slip left out; correct it and run t4a again</numerusform>
            <numerusform>t4a: %n slips left out; correct them and run t4a again</numerusform>
        </translation>
    </message>
    <message>
        <source>t4a-overview: unknown argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: t4a-overview --year YYYY [--reports CONNINFO|PROFILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t4a-overview: invalid --reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>t4a-overview: %n payee(s) for %1, %2 with a slip due, box 048 total %3</source>
        <translation>
            <numerusform>t4a-overview: %n payee for %1, %2 with a slip due, box 048 total %3</numerusform>
            <numerusform>t4a-overview: %n payees for %1, %2 with a slip due, box 048 total %3</numerusform>
        </translation>
    </message>
    <message>
        <source>slip %1 is no longer a current slip of %2: it changed while the return was generated; generate it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slip %1 changed while the return was generated (amended, filed or its tax profile edited); generate the return again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slip PDFs for the %2 slips of the XML: the slips changed while the return was generated; generate it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer profile (account number, contact) is not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::T4AModel</name>
    <message>
        <source>Statements and box 048 agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earned in %2 but not paid by 31 December (paid later or still owed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earned before %2 and paid in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 NOT explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (amended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box 048 (paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIN / BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::T4APane</name>
    <message>
        <source>Tax year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All payees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips due with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing SIN/BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid SIN check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code not in the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tax profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search payees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create draft slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate PDFs and XML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal SIN / BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you need to see it? (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the T4A files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the last generated return as filed with the CRA? Its final slips become filed and can then only be amended or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the filed slip of %1? A cancelled slip (report type C) goes into an amended return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the filed slip of %1 to the year&apos;s fees now on record (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payee(s)</source>
        <translation>
            <numerusform>%n payee</numerusform>
            <numerusform>%n payees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) due</source>
        <translation>
            <numerusform>%n slip due</numerusform>
            <numerusform>%n slips due</numerusform>
        </translation>
    </message>
    <message>
        <source>box 048 total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) with problems</source>
        <translation>
            <numerusform>%n slip with problems</numerusform>
            <numerusform>%n slips with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::T4ARules</name>
    <message>
        <source>No tax profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing SIN/BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code not in the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid SIN (check digit, or a business number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIN also on another payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid BN (format or check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips with problems cannot be finalized; fix their tax profiles first. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::T4AXmlWriter</name>
    <message>
        <source>Cannot write the XML file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::TaxController</name>
    <message>
        <source>Saving the tax profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax profile of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealing the SIN / BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in clear; the reveal was recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating draft slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft slip(s).</source>
        <translation>
            <numerusform>%n draft slip.</numerusform>
            <numerusform>%n draft slips.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalizing slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) finalized.</source>
        <translation>
            <numerusform>%n slip finalized.</numerusform>
            <numerusform>%n slips finalized.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amending the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled slip %1 drafted: finalize it and generate the amended return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended slip %1 drafted: finalize it and generate the amended return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation stopped; some files may have been written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The return does not validate against the CRA schema: %n error(s), shown against their slips. Nothing was saved.</source>
        <translation>
            <numerusform>The return does not validate against the CRA schema: %n error, shown against its slip. Nothing was saved.</numerusform>
            <numerusform>The return does not validate against the CRA schema: %n errors, shown against their slips. Nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading tax years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the T4A payees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the tax profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slip to file: create draft slips and finalize them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the return for %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing recorded (submission %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n slip(s) left out of the return, listed with the reason.</source>
        <translation>
            <numerusform> %n slip left out of the return, listed with the reason.</numerusform>
            <numerusform> %n slips left out of the return, listed with the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No slip can be filed: %n slip(s) left out, listed with the reason.</source>
        <translation>
            <numerusform>No slip can be filed: %n slip left out, listed with the reason.</numerusform>
            <numerusform>No slip can be filed: %n slips left out, listed with the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slip PDF(s), the T4A Summary and %1 written to %2 (validated against the CRA schema).%3</source>
        <translation>
            <numerusform>%n slip PDF, the T4A Summary and %1 written to %2 (validated against the CRA schema).%3</numerusform>
            <numerusform>%n slip PDFs, the T4A Summary and %1 written to %2 (validated against the CRA schema).%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::TaxProfileEditor</name>
    <message>
        <source>Select a payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual (SIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business (BN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name (line 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the SIN and BN in clear. Every reveal is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (line 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to receive the slip electronically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIN on file fails the check digit: retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for the CRA layout: %1 characters, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SIN has 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit does not match (expected %1): a digit is probably mistyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BN is 9 digits, 2 letters and 4 digits (123456782RT0001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BN&apos;s check digit does not match: a digit is probably mistyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number starting with 8 is a business number, not a SIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal codes look like A1A 1A1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSA %1 is in %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::TimeGridWidget</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s) per day</source>
        <translation>
            <numerusform>%n lane per day</numerusform>
            <numerusform>%n lanes per day</numerusform>
        </translation>
    </message>
    <message>
        <source>No bays in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mechanics may book this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3–%4 (%5)&lt;br&gt;%6, buffer %7 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit bay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take bay out of service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add closure here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking can no longer be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the bays to move a booking to another bay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::ToolBar</name>
    <message>
        <source>More tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::Translator</name>
    <message>
        <source>French</source>
        <comment>language name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <comment>language name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::UtilizationModel</name>
    <message>
        <source>%1 h booked of %2 h open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::UtilizationView</name>
    <message>
        <source>Booked hours over open hours, per bay and week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bays or opening hours in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked %1 h of %2 h open (%3 %). Bay rental revenue for the period: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::VerificationQueueModel</name>
    <message>
        <source>Pending (info requested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting longer than the 48-hour review target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::WorkshopSetupController</name>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled.</source>
        <translation>
            <numerusform>%n booking cancelled.</numerusform>
            <numerusform>%n bookings cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: move those bookings first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the workshop&apos;s setup meanwhile: it has been reloaded. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit bay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of service from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 back in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove closure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::WorkshopSetupDialog</name>
    <message>
        <source>Set up the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;losures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take out of service from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer after &amp;each booking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hourly rate &quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 08:00–12:00, 13:00–17:00 (empty: closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several shifts a day are allowed (a split shift). The new hours apply from the date chosen until the weekday&apos;s next scheduled change; bookings they would leave outside the hours are listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shifts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — times in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the shifts as 08:00–12:00, 13:00–17:00: each ends after it starts and none overlaps another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closure must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bay “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opening hours of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closure not added yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop setup: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::conninfo</name>
    <message>
        <source>invalid connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service file &quot;%1&quot; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 too long in service file &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &quot;%1&quot; in &quot;%2&quot; is looked up in LDAP, which Auto Doctor Desk does not support: write its options in the service file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syntax error in service file &quot;%1&quot;, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested service specifications not supported in service file &quot;%1&quot;, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definition of service &quot;%1&quot; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adesk::matching</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen mechanic did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same area (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearby (about %1 km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same region (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knows &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same FSA (first three characters of the postal code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same FSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same first two characters of the FSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same FSA region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same first letter of the postal code (province or region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same first letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate distance within one FSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance within an FSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate distance within the first two characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance within a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate distance within the first letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance within a first letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance when the postal codes share nothing or one is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mechanic within this distance is a local match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanic online and available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialises in the vehicle&apos;s make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per service keyword of the concern that the mechanic lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap on the service keyword points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service keywords at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per star of the mechanic&apos;s rating (5 stars: 20 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per year of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of experience counted at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience counted at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s favourite mechanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the selected or favourite mechanic has alone before the fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanics notified by a smart broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart broadcast size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request nobody accepted expires this long after its creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln km</source>
        <translation>
            <numerusform>%Ln km</numerusform>
            <numerusform>%Ln km</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mechanic(s)</source>
        <translation>
            <numerusform>%Ln mechanic</numerusform>
            <numerusform>%Ln mechanics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
</context>
</TS>
