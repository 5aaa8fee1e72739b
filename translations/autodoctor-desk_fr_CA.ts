<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>Audience</name>
    <message>
        <source>All mechanics</source>
        <translation>Tous les mécaniciens</translation>
    </message>
    <message>
        <source>Virtual-only mechanics</source>
        <translation>Mécaniciens virtuels seulement</translation>
    </message>
    <message>
        <source>Workshop-affiliated mechanics</source>
        <translation>Mécaniciens affiliés à un atelier</translation>
    </message>
    <message>
        <source>Licensed mobile mechanics</source>
        <translation>Mécaniciens mobiles avec permis</translation>
    </message>
    <message>
        <source>Workshops (their owners)</source>
        <translation>Ateliers (leurs propriétaires)</translation>
    </message>
</context>
<context>
    <name>Bays</name>
    <message>
        <source>Lift</source>
        <translation>Pont élévateur</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Géométrie</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Générale</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Peinture</translation>
    </message>
    <message>
        <source>Tires</source>
        <translation>Pneus</translation>
    </message>
    <message>
        <source>Alignment rack</source>
        <translation>Banc de géométrie</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Tire changer</source>
        <translation>Démonte-pneus</translation>
    </message>
    <message>
        <source>EV charging</source>
        <translation>Recharge VÉ</translation>
    </message>
    <message>
        <source>Paint booth</source>
        <translation>Cabine de peinture</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Congé</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>the workshop is not set to allow physical repairs</source>
        <translation>l’atelier n’est pas configuré pour permettre les réparations sur place</translation>
    </message>
    <message>
        <source>its business licence is not verified yet</source>
        <translation>son permis d’exploitation n’est pas encore vérifié</translation>
    </message>
    <message>
        <source>its business licence has expired</source>
        <translation>son permis d’exploitation est expiré</translation>
    </message>
    <message>
        <source>its zoning is not verified yet</source>
        <translation>son zonage n’est pas encore vérifié</translation>
    </message>
    <message>
        <source>it has no liability insurance on file</source>
        <translation>aucune assurance responsabilité n’est au dossier</translation>
    </message>
    <message>
        <source>its liability insurance has expired</source>
        <translation>son assurance responsabilité est expirée</translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Non-présentation</translation>
    </message>
</context>
<context>
    <name>DaySheetRenderer</name>
    <message>
        <source>No bays to print.</source>
        <translation>Aucune baie à imprimer.</translation>
    </message>
    <message>
        <source>Day sheet — %1</source>
        <translation>Feuille de journée — %1</translation>
    </message>
    <message>
        <source>Open %1–%2</source>
        <translation>Ouvert de %1 à %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Tampon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>Arrivée / départ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>No bookings on this bay today.</source>
        <translation>Aucune réservation pour cette baie aujourd’hui.</translation>
    </message>
    <message>
        <source>Printed by Auto Doctor Desk · %1</source>
        <translation>Imprimé par Auto Doctor Desk · %1</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>The connection to the database was lost. Auto Doctor Desk is reconnecting; nothing you typed was lost.</source>
        <translation>La connexion à la base de données a été perdue. Auto Doctor Desk se reconnecte; rien de ce que vous avez saisi n’a été perdu.</translation>
    </message>
    <message>
        <source>Someone else changed this item while you were working on it. It has been reloaded; your note is kept so you can decide again.</source>
        <translation>Quelqu’un d’autre a modifié cet élément pendant que vous y travailliez. Il a été rechargé; votre note est conservée pour que vous puissiez décider de nouveau.</translation>
    </message>
    <message>
        <source>Another admin is reviewing this item right now.</source>
        <translation>Un autre administrateur examine cet élément en ce moment.</translation>
    </message>
    <message>
        <source>%1 is reviewing this item right now.</source>
        <translation>%1 examine cet élément en ce moment.</translation>
    </message>
    <message>
        <source>This item was already decided by someone else.</source>
        <translation>Quelqu’un d’autre a déjà pris une décision pour cet élément.</translation>
    </message>
    <message>
        <source>This clashes with an existing booking: %1</source>
        <translation>Conflit avec une réservation existante&#xa0;: %1</translation>
    </message>
    <message>
        <source>This already exists: %1</source>
        <translation>Cet élément existe déjà&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Votre compte n’est pas autorisé à effectuer cette action.</translation>
    </message>
    <message>
        <source>This item no longer exists or is not visible to you.</source>
        <translation>Cet élément n’existe plus ou ne vous est pas visible.</translation>
    </message>
    <message>
        <source>The database refused this: %1</source>
        <translation>La base de données a refusé cette opération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>This event is not completed yet, so it cannot be posted to the ledger. Post it once the platform has completed it.</source>
        <translation>Cet événement n’est pas encore terminé&#xa0;: il ne peut pas être inscrit au grand livre. Inscrivez-le une fois que la plateforme l’aura terminé.</translation>
    </message>
    <message>
        <source>This event cannot be posted to the ledger: it breaks a compliance rule or has no signed agreement (%1).</source>
        <translation>Cet événement ne peut pas être inscrit au grand livre&#xa0;: il enfreint une règle de conformité ou n’a pas d’entente signée (%1).</translation>
    </message>
    <message>
        <source>The database refused the password for this login. Check the login name and type the password again.</source>
        <translation>La base de données a refusé le mot de passe de cette connexion. Vérifiez le nom d’utilisateur et tapez de nouveau le mot de passe.</translation>
    </message>
    <message>
        <source>The database asks for a password and none was given. Type it in the sign-in window, or add it to your .pgpass file.</source>
        <translation>La base de données demande un mot de passe et aucun n’a été fourni. Tapez-le dans la fenêtre de connexion ou ajoutez-le à votre fichier .pgpass.</translation>
    </message>
    <message>
        <source>The database does not let this login connect from this computer. Ask the database administrator to allow it.</source>
        <translation>La base de données ne permet pas à cet utilisateur de se connecter depuis cet ordinateur. Demandez à l’administrateur de la base de données de l’autoriser.</translation>
    </message>
    <message>
        <source>The database named in the connection does not exist on this server. Check the database name (dbname).</source>
        <translation>La base de données nommée dans la connexion n’existe pas sur ce serveur. Vérifiez le nom de la base de données (dbname).</translation>
    </message>
    <message>
        <source>The database server has no free connection right now. Try again in a few minutes, or ask the database administrator.</source>
        <translation>Le serveur de base de données n’a aucune connexion libre pour le moment. Réessayez dans quelques minutes ou adressez-vous à l’administrateur de la base de données.</translation>
    </message>
    <message>
        <source>The database server is starting up or shutting down. Try again in a moment.</source>
        <translation>Le serveur de base de données est en cours de démarrage ou d’arrêt. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database server could not be reached. Check the host name, that the server is running and your network (%1).</source>
        <translation>Le serveur de base de données est injoignable. Vérifiez le nom d’hôte, que le serveur fonctionne et votre réseau (%1).</translation>
    </message>
    <message>
        <source>The database took too long to answer and the request was stopped. Try again; if it keeps happening, narrow the search or ask the database administrator.</source>
        <translation>La base de données a mis trop de temps à répondre et la demande a été interrompue. Réessayez; si cela se reproduit, restreignez la recherche ou adressez-vous à l’administrateur de la base de données.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La demande a été annulée.</translation>
    </message>
</context>
<context>
    <name>DocumentFetcher</name>
    <message>
        <source>The document&apos;s address is not an http(s) address: %1</source>
        <translation>L’adresse du document n’est pas une adresse http(s)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The document is larger than %1 MB and was not downloaded.</source>
        <translation>Le document dépasse %1 Mo et n’a pas été téléchargé.</translation>
    </message>
    <message>
        <source>The document storage did not answer in time.</source>
        <translation>Le stockage des documents n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The document storage answered HTTP %1.</source>
        <translation>Le stockage des documents a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The document storage could not be reached: %1</source>
        <translation>Impossible de joindre le stockage des documents&#xa0;: %1</translation>
    </message>
    <message>
        <source>The downloaded file does not match its recorded SHA-256; it is not shown.</source>
        <translation>Le fichier téléchargé ne correspond pas à son empreinte SHA-256 enregistrée; il n’est pas affiché.</translation>
    </message>
</context>
<context>
    <name>Earnings</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Escalated repair</source>
        <translation>Réparation transférée en atelier</translation>
    </message>
    <message>
        <source>Bay rental</source>
        <translation>Location de baie</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>Frais de plateforme</translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation>Part de l’atelier</translation>
    </message>
    <message>
        <source>Mechanic share</source>
        <translation>Part du mécanicien</translation>
    </message>
    <message>
        <source>Referral fee</source>
        <translation>Frais de recommandation</translation>
    </message>
    <message>
        <source>Membership fee</source>
        <translation>Frais d’adhésion</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Contrepassation</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtuel</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Completed event missing from the ledger</source>
        <translation>Événement terminé absent du grand livre</translation>
    </message>
    <message>
        <source>Parts do not add up to the gross</source>
        <translation>Les parts ne totalisent pas le montant brut</translation>
    </message>
    <message>
        <source>Charge rows do not balance</source>
        <translation>Les lignes du frais ne s’équilibrent pas</translation>
    </message>
    <message>
        <source>Event changed after it was posted</source>
        <translation>Événement modifié après sa comptabilisation</translation>
    </message>
    <message>
        <source>Payout differs from its ledger rows</source>
        <translation>Le versement diffère de ses lignes du grand livre</translation>
    </message>
    <message>
        <source>Failed payout to pay again</source>
        <translation>Versement échoué à refaire</translation>
    </message>
    <message>
        <source>Paid without a payout reference</source>
        <translation>Payé sans référence de versement</translation>
    </message>
    <message>
        <source>Fee rule</source>
        <translation>Règle de frais</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>Partnership commission</source>
        <translation>Commission du partenariat</translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Monthly charge</source>
        <translation>Frais mensuels</translation>
    </message>
    <message>
        <source>Virtual consultation</source>
        <translation>Consultation virtuelle</translation>
    </message>
    <message>
        <source>Workshop session</source>
        <translation>Séance en atelier</translation>
    </message>
    <message>
        <source>Independent mechanic</source>
        <translation>Mécanicien indépendant</translation>
    </message>
    <message>
        <source>Cross-workshop session</source>
        <translation>Séance entre ateliers</translation>
    </message>
    <message>
        <source>Cross-workshop referral</source>
        <translation>Recommandation entre ateliers</translation>
    </message>
    <message>
        <source>Escalation referral</source>
        <translation>Recommandation de réparation transférée</translation>
    </message>
    <message>
        <source>Partnership quote commission</source>
        <translation>Commission sur devis en partenariat</translation>
    </message>
    <message>
        <source>Partnership job</source>
        <translation>Travail en partenariat</translation>
    </message>
    <message>
        <source>Bay rental charge</source>
        <translation>Frais de location de baie</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
</context>
<context>
    <name>Expiry</name>
    <message>
        <source>Service tier not chosen</source>
        <translation>Niveau de service non choisi</translation>
    </message>
    <message>
        <source>Documents not submitted</source>
        <translation>Documents non soumis</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Auto Doctor Desk</source>
        <translation>Auto Doctor Desk</translation>
    </message>
    <message>
        <source>Not signed in: the connection would not have been protected. Use sslmode=verify-full.</source>
        <translation>Connexion non établie&#xa0;: la liaison n’aurait pas été protégée. Utilisez sslmode=verify-full.</translation>
    </message>
    <message>
        <source>Starting the demo database…</source>
        <translation>Démarrage de la base de données de démonstration…</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Création de la base de données de démonstration…</translation>
    </message>
    <message>
        <source>Loading the demo data (the first time only)…</source>
        <translation>Chargement des données de démonstration (la première fois seulement)…</translation>
    </message>
    <message>
        <source>Updating the demo database…</source>
        <translation>Mise à jour de la base de données de démonstration…</translation>
    </message>
    <message>
        <source>Demo: a database of its own with sample workshops, mechanics and documents.</source>
        <translation>Démonstration&#xa0;: une base de données à part, avec des ateliers, des mécaniciens et des documents d&apos;exemple.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>Loading the demo data (the first time only): %1</source>
        <translation>Chargement des données de démonstration (la première fois seulement)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Auto Doctor Desk — demo</source>
        <translation>Auto Doctor Desk — démonstration</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>The demo&apos;s history could not be loaded (the reason is on the standard error); its panes show what is in. Start the demo again to load it.</source>
        <translation>L&apos;historique de la démo n&apos;a pas pu être chargé (la raison est sur la sortie d&apos;erreur)&#xa0;; ses onglets montrent ce qui est chargé. Relancez la démo pour le charger.</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Buffer after: %1 min</source>
        <translation>Tampon après&#xa0;: %1 min</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>export-ics: unknown argument &apos;%1&apos;</source>
        <translation>export-ics&#xa0;: argument inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>export-ics: %1 needs a valid value</source>
        <translation>export-ics&#xa0;: %1 exige une valeur valide</translation>
    </message>
    <message>
        <source>Usage: export-ics --workshop ID --out FILE [--bay ID | --mechanic ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]</source>
        <translation>Utilisation&#xa0;: export-ics --workshop ID --out FICHIER [--bay ID | --mechanic ID] [--from AAAA-MM-JJ] [--to AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>export-ics: %1</source>
        <translation>export-ics&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>export-ics: wrote %n booking(s) of %1 to %2</source>
        <translation>
            <numerusform>export-ics&#xa0;: %n réservation de %1 écrite dans %2</numerusform>
            <numerusform>export-ics&#xa0;: %n réservations de %1 écrites dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — bays</source>
        <comment>calendar name</comment>
        <translation>%1 — baies</translation>
    </message>
    <message>
        <source>Bay booking</source>
        <comment>calendar category</comment>
        <translation>Réservation de baie</translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <source>%1 does not exist in %2: the clocks jump forward an hour that night (daylight saving time starts). Choose a time before or after the jump.</source>
        <translation>%1 n’existe pas dans le fuseau %2&#xa0;: on avance l’heure d’une heure cette nuit-là (passage à l’heure avancée). Choisissez une heure avant ou après le changement.</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks fall back an hour that night (daylight saving time ends). Choose %3 or %4.</source>
        <translation>%1 survient deux fois dans le fuseau %2&#xa0;: on recule l’heure d’une heure cette nuit-là (retour à l’heure normale). Choisissez %3 ou %4.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Platform admin</source>
        <translation>Administrateur de la plateforme</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Workshop owner</source>
        <translation>Propriétaire d’atelier</translation>
    </message>
</context>
<context>
    <name>Override</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Approve a flagged document</source>
        <translation>Approuver un document signalé</translation>
    </message>
    <message>
        <source>Change a service tier</source>
        <translation>Changer un niveau de service</translation>
    </message>
    <message>
        <source>Waiting for a second admin</source>
        <translation>En attente d’un deuxième administrateur</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Virtual only</source>
        <translation>Virtuel seulement</translation>
    </message>
    <message>
        <source>Workshop-affiliated</source>
        <translation>Affilié à un atelier</translation>
    </message>
    <message>
        <source>Licensed mobile</source>
        <translation>Mobile avec permis</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Bay rental</source>
        <translation>Location de baie</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Partage des revenus</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Partnership agreement %1</source>
        <translation>Entente de partenariat %1</translation>
    </message>
    <message>
        <source>Partnership agreement</source>
        <translation>Entente de partenariat</translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation>Entente nº</translation>
    </message>
    <message>
        <source>The parties</source>
        <translation>Les parties</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>The program</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>in effect from</source>
        <translation>en vigueur depuis le</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Bay rental per hour</source>
        <translation>Location de baie à l&apos;heure</translation>
    </message>
    <message>
        <source>Bay rental per day</source>
        <translation>Location de baie à la journée</translation>
    </message>
    <message>
        <source>Bay rental per month</source>
        <translation>Location de baie au mois</translation>
    </message>
    <message>
        <source>Monthly membership fee</source>
        <translation>Frais d&apos;abonnement mensuels</translation>
    </message>
    <message>
        <source>Bay-hours included each month</source>
        <translation>Heures de baie incluses par mois</translation>
    </message>
    <message>
        <source>Each additional bay-hour</source>
        <translation>Chaque heure de baie supplémentaire</translation>
    </message>
    <message>
        <source>of each job&apos;s gross</source>
        <translation>du montant brut de chaque travail</translation>
    </message>
    <message>
        <source>the workshop&apos;s platform fee when the program version was written</source>
        <translation>les frais de plateforme de l&apos;atelier à la rédaction de la version du programme</translation>
    </message>
    <message>
        <source>the workshop&apos;s platform fee in force on %1</source>
        <translation>frais de plateforme de l&apos;atelier en vigueur le %1</translation>
    </message>
    <message>
        <source>program terms, version %1</source>
        <translation>conditions du programme, version %1</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>Frais de plateforme</translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation>Part de l&apos;atelier</translation>
    </message>
    <message>
        <source>Mechanic share</source>
        <translation>Part du mécanicien</translation>
    </message>
    <message>
        <source>Revenue split: a worked example</source>
        <translation>Partage des revenus : exemple</translation>
    </message>
    <message>
        <source>On a repair job billed</source>
        <translation>Sur une réparation facturée</translation>
    </message>
    <message>
        <source>:</source>
        <translation> :</translation>
    </message>
    <message>
        <source>The Auto Doctor</source>
        <translation>The Auto Doctor</translation>
    </message>
    <message>
        <source>The workshop receives</source>
        <translation>L&apos;atelier reçoit</translation>
    </message>
    <message>
        <source>The mechanic receives</source>
        <translation>Le mécanicien reçoit</translation>
    </message>
    <message>
        <source>The mechanic pays</source>
        <translation>Le mécanicien paie</translation>
    </message>
    <message>
        <source>Bay rental for a 4-hour job</source>
        <translation>Location de baie pour 4 heures</translation>
    </message>
    <message>
        <source>Plus the monthly membership fee</source>
        <translation>En plus des frais d&apos;abonnement mensuels</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Date d&apos;entrée en vigueur</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>none (until terminated)</source>
        <translation>aucune (jusqu&apos;à résiliation)</translation>
    </message>
    <message>
        <source>Program terms</source>
        <translation>Conditions du programme</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>not yet accepted</source>
        <translation>pas encore acceptée</translation>
    </message>
    <message>
        <source>For the workshop</source>
        <translation>Pour l&apos;atelier</translation>
    </message>
    <message>
        <source>For the mechanic</source>
        <translation>Pour le mécanicien</translation>
    </message>
    <message>
        <source>Amounts in Canadian dollars. Shares are percentages of the amount billed for each job; the parts are rounded so that they add up to the amount billed, to the cent.</source>
        <translation>Montants en dollars canadiens. Les parts sont des pourcentages du montant facturé pour chaque travail; elles sont arrondies de façon à totaliser le montant facturé, au cent près.</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Relevé mensuel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Solde d&apos;ouverture</translation>
    </message>
    <message>
        <source>Net earnings this month</source>
        <translation>Gains nets du mois</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Solde de clôture</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Events (continued)</source>
        <translation>Événements (suite)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>GST/HST</source>
        <translation>TPS/TVH</translation>
    </message>
    <message>
        <source>GST+QST</source>
        <translation>TPS+TVQ</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>QST</source>
        <translation>TVQ</translation>
    </message>
    <message>
        <source>%1 No. %2</source>
        <translation>%1 nº %2</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Rental/membership</source>
        <translation>Location/adhésion</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Rent/memb.</source>
        <translation>Loc./adh.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Total of the month</source>
        <translation>Total du mois</translation>
    </message>
    <message>
        <source>No events this month.</source>
        <translation>Aucun événement ce mois-ci.</translation>
    </message>
    <message>
        <source>No payouts this month.</source>
        <translation>Aucun versement ce mois-ci.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Failed — will be paid again</source>
        <translation>Échoué — sera versé de nouveau</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Cumul annuel</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 de %2</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Escalated repair</source>
        <translation>Réparation transférée en atelier</translation>
    </message>
    <message>
        <source>Membership fee</source>
        <translation>Frais d&apos;adhésion</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Frais : %1</translation>
    </message>
    <message>
        <source>Share: %1</source>
        <translation>Part : %1</translation>
    </message>
    <message>
        <source>Charge: %1</source>
        <translation>Frais : %1</translation>
    </message>
    <message>
        <source>Fee and share: %1</source>
        <translation>Frais et part : %1</translation>
    </message>
    <message>
        <source>rule “%1”</source>
        <translation>règle « %1 »</translation>
    </message>
    <message>
        <source>Agreement #%1</source>
        <translation>entente nº %1</translation>
    </message>
    <message>
        <source>Partnership #%1 commission</source>
        <translation>commission du partenariat nº %1</translation>
    </message>
    <message>
        <source>remainder of the gross</source>
        <translation>reste du montant brut</translation>
    </message>
    <message>
        <source>monthly charge</source>
        <translation>frais mensuels</translation>
    </message>
    <message>
        <source>monthly charge, Agreement #%1</source>
        <translation>frais mensuels, entente nº %1</translation>
    </message>
    <message>
        <source>Chat consultation</source>
        <translation>Séance de clavardage</translation>
    </message>
    <message>
        <source>Video consultation</source>
        <translation>Séance vidéo</translation>
    </message>
    <message>
        <source>Chat continued on video</source>
        <translation>Clavardage poursuivi en vidéo</translation>
    </message>
    <message>
        <source>Workshop visit</source>
        <translation>Visite à l&apos;atelier</translation>
    </message>
    <message>
        <source>Brake repair</source>
        <translation>Réparation des freins</translation>
    </message>
    <message>
        <source>Engine repair</source>
        <translation>Réparation du moteur</translation>
    </message>
    <message>
        <source>Heating and A/C repair</source>
        <translation>Réparation chauffage et climatisation</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Repair (%1)</source>
        <translation>Réparation (%1)</translation>
    </message>
    <message>
        <source>Reversal: %1</source>
        <translation>Annulation : %1</translation>
    </message>
    <message>
        <source>Payout #%1</source>
        <translation>Versement nº %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Your %1 T4A slip</source>
        <translation>Votre feuillet T4A %1</translation>
    </message>
    <message>
        <source>Fees earned in %1 (shares on your statements)</source>
        <translation>Honoraires gagnés en %1 (parts de vos relevés)</translation>
    </message>
    <message>
        <source>Less: earned in %1, paid in January %2</source>
        <translation>Moins : gagnés en %1, versés en janvier %2</translation>
    </message>
    <message>
        <source>Less: earned in %1, payout failed (will be paid again)</source>
        <translation>Moins : gagnés en %1, versement échoué (sera refait)</translation>
    </message>
    <message>
        <source>Less: earned in %1, not paid yet</source>
        <translation>Moins : gagnés en %1, pas encore versés</translation>
    </message>
    <message>
        <source>Plus: earned in %1, paid in %2</source>
        <translation>Plus : gagnés en %1, versés en %2</translation>
    </message>
    <message>
        <source>Fees paid to you in %1 (T4A box 048)</source>
        <translation>Honoraires versés en %1 (case 048 du T4A)</translation>
    </message>
    <message>
        <source>Box 048 of your %1 T4A slip will show %2: fees paid to you in %1.</source>
        <translation>La case 048 de votre feuillet T4A %1 indiquera %2 : honoraires versés en %1.</translation>
    </message>
    <message>
        <source>No T4A slip for %1: the fees paid to you in %1, %2, are $500 or less.</source>
        <translation>Aucun feuillet T4A pour %1 : les honoraires qui vous ont été versés en %1, %2, ne dépassent pas 500 $.</translation>
    </message>
    <message>
        <source>GST/HST is charged on the platform fee at the rate of your province on the event&apos;s date and deducted from your payout. Amounts in Canadian dollars.</source>
        <translation>La TPS/TVH est perçue sur les frais de plateforme au taux de votre province à la date de l&apos;événement et déduite de votre versement. Montants en dollars canadiens.</translation>
    </message>
    <message>
        <source>GST and QST are charged on the platform fee at the rates in force on the event&apos;s date and deducted from your payout. Amounts in Canadian dollars.</source>
        <translation>La TPS et la TVQ sont perçues sur les frais de plateforme aux taux en vigueur à la date de l&apos;événement et déduites de votre versement. Montants en dollars canadiens.</translation>
    </message>
    <message>
        <source>T4A</source>
        <translation>T4A</translation>
    </message>
    <message>
        <source>Statement of Pension, Retirement, Annuity, and Other Income</source>
        <translation>État du revenu de pension, de retraite, de rente ou d&apos;autres sources</translation>
    </message>
    <message>
        <source>Protected B when completed</source>
        <translation>Protégé B une fois rempli</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Payer&apos;s name and address</source>
        <translation>Nom et adresse du payeur</translation>
    </message>
    <message>
        <source>Payer&apos;s program account number</source>
        <translation>Numéro de compte de programme du payeur</translation>
    </message>
    <message>
        <source>Social insurance number</source>
        <translation>Numéro d&apos;assurance sociale</translation>
    </message>
    <message>
        <source>Recipient&apos;s program account number</source>
        <translation>Numéro de compte de programme du bénéficiaire</translation>
    </message>
    <message>
        <source>Recipient&apos;s name and address</source>
        <translation>Nom et adresse du bénéficiaire</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Recipient&apos;s number</source>
        <translation>Numéro du bénéficiaire</translation>
    </message>
    <message>
        <source>Pension or superannuation – line 11500</source>
        <translation>Prestations de retraite ou autres pensions – ligne 11500</translation>
    </message>
    <message>
        <source>Lump-sum payments – line 13000</source>
        <translation>Paiements forfaitaires – ligne 13000</translation>
    </message>
    <message>
        <source>Self-employed commissions</source>
        <translation>Commissions d&apos;un travail indépendant</translation>
    </message>
    <message>
        <source>Income tax deducted – line 43700</source>
        <translation>Impôt sur le revenu retenu – ligne 43700</translation>
    </message>
    <message>
        <source>Annuities</source>
        <translation>Rentes</translation>
    </message>
    <message>
        <source>Fees for services</source>
        <translation>Honoraires ou autres sommes pour services rendus</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Autres renseignements</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>AMENDED</source>
        <translation>MODIFIÉ</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>Recipient&apos;s copy — keep for your records</source>
        <translation>Copie du bénéficiaire — conservez-la pour vos dossiers</translation>
    </message>
    <message>
        <source>Payer&apos;s copy — keep for your records</source>
        <translation>Copie du payeur — conservez-la pour vos dossiers</translation>
    </message>
    <message>
        <source>Box 048 excludes GST/HST. Report these fees on your return as business or professional income.</source>
        <translation>La case 048 exclut la TPS/TVH. Déclarez ces honoraires comme revenu d&apos;entreprise ou de profession libérale.</translation>
    </message>
    <message>
        <source>SIN truncated and box 061 left blank on the recipient&apos;s copy, as CRA asks.</source>
        <translation>NAS tronqué et case 061 laissée en blanc sur la copie du bénéficiaire, comme le demande l&apos;ARC.</translation>
    </message>
    <message>
        <source>Account number truncated and box 061 left blank on the recipient&apos;s copy, as CRA asks.</source>
        <translation>Numéro de compte tronqué et case 061 laissée en blanc sur la copie du bénéficiaire, comme le demande l&apos;ARC.</translation>
    </message>
    <message>
        <source>Box 061 is left blank on the recipient&apos;s copy, as CRA asks.</source>
        <translation>La case 061 est laissée en blanc sur la copie du bénéficiaire, comme le demande l&apos;ARC.</translation>
    </message>
    <message>
        <source>T4A Summary</source>
        <translation>Sommaire T4A</translation>
    </message>
    <message>
        <source>Summary of Pension, Retirement, Annuity, and Other Income</source>
        <translation>Sommaire du revenu de pension, de retraite, de rente ou d&apos;autres sources</translation>
    </message>
    <message>
        <source>Payer&apos;s account number (15 characters)</source>
        <translation>Numéro de compte du payeur (15 caractères)</translation>
    </message>
    <message>
        <source>Totals of the T4A slips</source>
        <translation>Totaux des feuillets T4A</translation>
    </message>
    <message>
        <source>Total number of T4A slips filed</source>
        <translation>Nombre total de feuillets T4A produits</translation>
    </message>
    <message>
        <source>Pension or superannuation</source>
        <translation>Prestations de retraite ou autres pensions</translation>
    </message>
    <message>
        <source>Lump-sum payments</source>
        <translation>Paiements forfaitaires</translation>
    </message>
    <message>
        <source>Total income tax deducted</source>
        <translation>Total de l&apos;impôt sur le revenu retenu</translation>
    </message>
    <message>
        <source>Minus: remittances</source>
        <translation>Moins : versements</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation>Paiement en trop</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <source>Lines this platform does not use are left blank, as CRA asks.</source>
        <translation>Les lignes que la plateforme n&apos;utilise pas sont laissées en blanc, comme le demande l&apos;ARC.</translation>
    </message>
    <message>
        <source>Person to contact about this return</source>
        <translation>Personne avec qui communiquer au sujet de cette déclaration</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>I certify that the information given in this T4A return is, to the best of my knowledge, correct and complete.</source>
        <translation>J&apos;atteste que les renseignements fournis dans cette déclaration T4A sont, à ma connaissance, exacts et complets.</translation>
    </message>
    <message>
        <source>Name of authorized person</source>
        <translation>Nom de la personne autorisée</translation>
    </message>
    <message>
        <source>Signature of authorized person</source>
        <translation>Signature de la personne autorisée</translation>
    </message>
    <message>
        <source>Position or office</source>
        <translation>Titre ou poste</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Type de déclaration</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Submission reference</source>
        <translation>Référence de la transmission</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>The last day of February after the tax year, moved to the next business day when it falls on a Saturday, a Sunday or a public holiday.</source>
        <translation>Le dernier jour de février suivant l&apos;année d&apos;imposition, reporté au jour ouvrable suivant s&apos;il tombe un samedi, un dimanche ou un jour férié.</translation>
    </message>
    <message>
        <source>Cancelled slips are not included in the totals.</source>
        <translation>Les feuillets annulés ne sont pas inclus dans les totaux.</translation>
    </message>
    <message>
        <source>CERTIFICATE OF LIABILITY INSURANCE</source>
        <translation>CERTIFICAT D&apos;ASSURANCE RESPONSABILITÉ</translation>
    </message>
    <message>
        <source>BUSINESS LICENCE</source>
        <translation>PERMIS D&apos;EXPLOITATION</translation>
    </message>
    <message>
        <source>ZONING COMPLIANCE CONFIRMATION</source>
        <translation>CONFIRMATION DE CONFORMITÉ AU ZONAGE</translation>
    </message>
    <message>
        <source>PROOF OF EMPLOYMENT</source>
        <translation>ATTESTATION D&apos;EMPLOI</translation>
    </message>
    <message>
        <source>CERTIFICATE OF QUALIFICATION</source>
        <translation>CERTIFICAT DE QUALIFICATION</translation>
    </message>
    <message>
        <source>PARCEL REGISTER — PROOF OF OWNERSHIP</source>
        <translation>ÉTAT CERTIFIÉ DES DROITS — PREUVE DE PROPRIÉTÉ</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Named insured</source>
        <translation>Assuré désigné</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Numéro de police</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Limit of liability</source>
        <translation>Limite de garantie</translation>
    </message>
    <message>
        <source>per occurrence</source>
        <translation>par sinistre</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d’expiration</translation>
    </message>
    <message>
        <source>Certificate holder</source>
        <translation>Titulaire du certificat</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>Adresse de l&apos;établissement</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Numéro de permis</translation>
    </message>
    <message>
        <source>Licence class</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Property occupant</source>
        <translation>Occupant</translation>
    </message>
    <message>
        <source>Civic address</source>
        <translation>Adresse civique</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Permitted use</source>
        <translation>Usage autorisé</translation>
    </message>
    <message>
        <source>Date of confirmation</source>
        <translation>Date de confirmation</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Numéro de certificat</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Registered owner</source>
        <translation>Propriétaire inscrit</translation>
    </message>
    <message>
        <source>Property address</source>
        <translation>Adresse de l&apos;immeuble</translation>
    </message>
    <message>
        <source>Property identifier (PIN)</source>
        <translation>Numéro de lot</translation>
    </message>
    <message>
        <source>Property class</source>
        <translation>Catégorie d&apos;immeuble</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <source>This certificate is issued as a matter of information only and confers no rights upon the certificate holder. It does not amend, extend or alter the coverage afforded by the policy above. Should the policy be cancelled before its expiry date, the insurer will endeavour to mail 30 days&apos; written notice to the certificate holder.</source>
        <translation>Le présent certificat est délivré à titre informatif seulement et ne confère aucun droit à son titulaire. Il ne modifie ni ne prolonge la garantie accordée par la police ci-dessus. En cas de résiliation avant la date d&apos;expiration, l&apos;assureur s&apos;efforcera d&apos;envoyer un préavis écrit de 30 jours au titulaire du certificat.</translation>
    </message>
    <message>
        <source>This licence must be displayed in a conspicuous place at the business premises. It is not transferable and is valid only for the address and class shown above.</source>
        <translation>Ce permis doit être affiché bien en vue dans l&apos;établissement. Il est incessible et n&apos;est valide que pour l&apos;adresse et la catégorie indiquées ci-dessus.</translation>
    </message>
    <message>
        <source>The property named above is located in a zone where the use described is permitted under the applicable zoning by-law, as of the date of this confirmation.</source>
        <translation>L&apos;immeuble désigné ci-dessus est situé dans une zone où l&apos;usage décrit est autorisé par le règlement de zonage applicable, à la date de la présente confirmation.</translation>
    </message>
    <message>
        <source>The holder has met the standards of the Interprovincial Standards Red Seal Program for the trade named above.</source>
        <translation>Le titulaire satisfait aux normes du Programme des normes interprovinciales Sceau rouge pour le métier indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>This statement reflects the register as of the date of the search. Instruments registered after that date are not shown.</source>
        <translation>Le présent état reflète le registre à la date de la recherche. Les inscriptions postérieures à cette date n&apos;y figurent pas.</translation>
    </message>
    <message>
        <source>To whom it may concern,</source>
        <translation>À qui de droit,</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Employé(e) :</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Poste :</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Date d&apos;entrée en fonction :</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Authorized representative</source>
        <translation>Représentant autorisé</translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation>Page 1 de 1</translation>
    </message>
</context>
<context>
    <name>Partnerships</name>
    <message>
        <source>Brakes</source>
        <translation>Freins</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Heating and air conditioning</source>
        <translation>Chauffage et climatisation</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Tires</source>
        <translation>Pneus</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>En attente d’acceptation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Résilier</translation>
    </message>
    <message>
        <source>Net 30</source>
        <translation>Net 30 jours</translation>
    </message>
    <message>
        <source>Net 60</source>
        <translation>Net 60 jours</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Immédiat</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Earnings</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Bays</source>
        <translation>Baies</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>T4A</source>
        <translation>T4A</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toute</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Leads and quotes</source>
        <translation>Demandes et devis</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Acheminement</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactée</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Devis envoyé</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Sent to the customer</source>
        <translation>Envoyé au client</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Declined by the customer</source>
        <translation>Refusé par le client</translation>
    </message>
    <message>
        <source>Rejected by the workshop</source>
        <translation>Rejeté par l’atelier</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Workshop partner</source>
        <translation>Partenaire atelier</translation>
    </message>
    <message>
        <source>Supplier partner</source>
        <translation>Partenaire fournisseur</translation>
    </message>
    <message>
        <source>Network partner</source>
        <translation>Partenaire réseau</translation>
    </message>
    <message>
        <source>Mechanic #%1</source>
        <translation>Mécanicien nº %1</translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>Approving completes the requirements.</source>
        <translation>Approuver complète les exigences.</translation>
    </message>
    <message>
        <source>Approving completes the requirements: the mechanic becomes workshop-affiliated.</source>
        <translation>Approuver complète les exigences&#xa0;: le mécanicien devient affilié à un atelier.</translation>
    </message>
    <message>
        <source>Approving completes the requirements: the mechanic becomes a licensed mobile mechanic.</source>
        <translation>Approuver complète les exigences&#xa0;: le mécanicien devient mécanicien mobile avec permis.</translation>
    </message>
    <message>
        <source>Approving completes the requirements: the independent mechanic becomes compliant and may join partnership programs.</source>
        <translation>Approuver complète les exigences&#xa0;: le mécanicien indépendant devient conforme et peut adhérer à des programmes de partenariat.</translation>
    </message>
    <message>
        <source>Approving completes the workshop&apos;s requirements.</source>
        <translation>Approuver complète les exigences de l’atelier.</translation>
    </message>
    <message>
        <source>Approving completes the mobile service&apos;s requirements.</source>
        <translation>Approuver complète les exigences du service mobile.</translation>
    </message>
    <message numerus="yes">
        <source>Approving leaves %n item(s) missing: %1.</source>
        <translation>
            <numerusform>Après approbation, il manquera encore %n élément&#xa0;: %1.</numerusform>
            <numerusform>Après approbation, il manquera encore %n éléments&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approving renews a document already approved.</source>
        <translation>Approuver renouvelle un document déjà approuvé.</translation>
    </message>
    <message>
        <source>This document is not required of this entity: approving it changes no requirement.</source>
        <translation>Ce document n’est pas exigé de cette entité&#xa0;: l’approuver ne change aucune exigence.</translation>
    </message>
    <message>
        <source>This document is already decided.</source>
        <translation>Ce document a déjà fait l’objet d’une décision.</translation>
    </message>
    <message numerus="yes">
        <source>Expiring in %n day(s)</source>
        <translation>
            <numerusform>Expire dans %n jour</numerusform>
            <numerusform>Expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Independent mechanic</source>
        <translation>Mécanicien indépendant</translation>
    </message>
    <message>
        <source>Workshop-affiliated mechanic</source>
        <translation>Mécanicien affilié à un atelier</translation>
    </message>
    <message>
        <source>Licensed mobile mechanic</source>
        <translation>Mécanicien mobile avec permis</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Mobile service</source>
        <translation>Service mobile</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
</context>
<context>
    <name>ServerError</name>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Fuseau horaire inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The audit log is append-only.</source>
        <translation>Le journal d’audit ne peut qu’être complété.</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>Aucun élément %1 avec l’identifiant %2.</translation>
    </message>
    <message>
        <source>Only platform admins review compliance documents.</source>
        <translation>Seuls les administrateurs de la plateforme examinent les documents de conformité.</translation>
    </message>
    <message>
        <source>Lease must be between 10 s and 2 h.</source>
        <translation>La réservation d’examen doit durer entre 10&#xa0;s et 2&#xa0;h.</translation>
    </message>
    <message>
        <source>Verification %1 does not exist.</source>
        <translation>La vérification %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Verification %1 is being reviewed by %2.</source>
        <translation>La vérification %1 est en cours d’examen par %2.</translation>
    </message>
    <message>
        <source>Unknown decision &quot;%1&quot;.</source>
        <translation>Décision inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Verification %1 was changed by someone else (version %2 is now %3).</source>
        <translation>La vérification %1 a été modifiée par quelqu’un d’autre (la version %2 est maintenant %3).</translation>
    </message>
    <message>
        <source>Verification %1 is already %2.</source>
        <translation>La vérification %1 est déjà %2.</translation>
    </message>
    <message>
        <source>An expiry date is required to approve a %1.</source>
        <translation>Une date d’expiration est requise pour approuver ce document (%1).</translation>
    </message>
    <message>
        <source>The document expired on %1.</source>
        <translation>Le document a expiré le %1.</translation>
    </message>
    <message>
        <source>A policy number is required to approve insurance.</source>
        <translation>Un numéro de police est requis pour approuver une assurance.</translation>
    </message>
    <message>
        <source>A licence number is required to approve a business licence.</source>
        <translation>Un numéro de permis est requis pour approuver un permis d’exploitation.</translation>
    </message>
    <message>
        <source>A rejection needs a reason code.</source>
        <translation>Un refus exige un code de motif.</translation>
    </message>
    <message>
        <source>A rejection for &quot;other&quot; needs a note.</source>
        <translation>Un refus pour «&#xa0;autre&#xa0;» exige une note.</translation>
    </message>
    <message>
        <source>Say what information is needed.</source>
        <translation>Précisez quels renseignements sont nécessaires.</translation>
    </message>
    <message>
        <source>Only platform admins run the expiry sweep.</source>
        <translation>Seuls les administrateurs de la plateforme lancent le balayage des expirations.</translation>
    </message>
    <message>
        <source>The bay is already taken by %1.</source>
        <translation>La baie est déjà prise par %1.</translation>
    </message>
    <message>
        <source>Bay %1 does not exist.</source>
        <translation>La baie %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Bay &quot;%1&quot; is not in service.</source>
        <translation>La baie «&#xa0;%1&#xa0;» n’est pas en service.</translation>
    </message>
    <message>
        <source>%1 may not do physical work at this workshop (not verified, not affiliated or not an active partner).</source>
        <translation>%1 ne peut pas faire de travail physique dans cet atelier (non vérifié, non affilié ou pas un partenaire actif).</translation>
    </message>
    <message>
        <source>The workshop is closed on %1 (%2).</source>
        <translation>L’atelier est fermé le %1 (%2).</translation>
    </message>
    <message>
        <source>Outside opening hours: %1 %2–%3 (%4), asked for %5–%6.</source>
        <translation>En dehors des heures d’ouverture&#xa0;: %1 %2–%3 (%4), demandé pour %5–%6.</translation>
    </message>
    <message>
        <source>%1 is closed %2 – %3 (%4)%5.</source>
        <translation>%1 est fermé %2 – %3 (%4)%5.</translation>
    </message>
    <message>
        <source>The closure covers %1 live booking(s), first %2: move or cancel them first.</source>
        <translation>La fermeture touche %1 réservation(s) en cours, la première %2&#xa0;: déplacez-les ou annulez-les d’abord.</translation>
    </message>
    <message>
        <source>Only this workshop&apos;s owners and platform admins manage its bookings.</source>
        <translation>Seuls les propriétaires de cet atelier et les administrateurs de la plateforme gèrent ses réservations.</translation>
    </message>
    <message>
        <source>A new booking is requested or confirmed, not %1.</source>
        <translation>Une nouvelle réservation est demandée ou confirmée, pas %1.</translation>
    </message>
    <message>
        <source>A booking ends after it starts.</source>
        <translation>Une réservation se termine après son début.</translation>
    </message>
    <message>
        <source>Booking %1 does not exist.</source>
        <translation>La réservation %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Booking %1 was changed by someone else (version %2 is now %3).</source>
        <translation>La réservation %1 a été modifiée par quelqu’un d’autre (la version %2 est maintenant %3).</translation>
    </message>
    <message>
        <source>A %1 booking cannot be moved.</source>
        <translation>Une réservation à l’état %1 ne peut pas être déplacée.</translation>
    </message>
    <message>
        <source>Bay %1 is not a bay of this workshop.</source>
        <translation>La baie %1 n’est pas une baie de cet atelier.</translation>
    </message>
    <message>
        <source>A %1 booking cannot become %2.</source>
        <translation>Une réservation à l’état %1 ne peut pas passer à l’état %2.</translation>
    </message>
    <message>
        <source>Only the owner of this workshop may change its partnership programs.</source>
        <translation>Seul le propriétaire de cet atelier peut modifier ses programmes de partenariat.</translation>
    </message>
    <message>
        <source>Version %1 of this program is published and can no longer change; save a new version from a date.</source>
        <translation>La version %1 de ce programme est publiée et ne peut plus changer; enregistrez une nouvelle version à partir d’une date.</translation>
    </message>
    <message>
        <source>A version cannot move to another program.</source>
        <translation>Une version ne peut pas passer à un autre programme.</translation>
    </message>
    <message>
        <source>An agreement&apos;s terms and document are frozen.</source>
        <translation>Les conditions et le document d’une entente sont figés.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; is %2 and does not accept applications.</source>
        <translation>Le programme «&#xa0;%1&#xa0;» est %2 et n’accepte pas de candidatures.</translation>
    </message>
    <message>
        <source>The application must name a published version of program %1.</source>
        <translation>La candidature doit désigner une version publiée du programme %1.</translation>
    </message>
    <message>
        <source>No such mechanic or program version.</source>
        <translation>Ce mécanicien ou cette version de programme n’existe pas.</translation>
    </message>
    <message>
        <source>Program %1 does not exist.</source>
        <translation>Le programme %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; was changed by someone else (version %2 is now %3).</source>
        <translation>Le programme «&#xa0;%1&#xa0;» a été modifié par quelqu’un d’autre (la version %2 est maintenant %3).</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; is closed and can no longer change.</source>
        <translation>Le programme «&#xa0;%1&#xa0;» est fermé et ne peut plus changer.</translation>
    </message>
    <message>
        <source>The type of a published program cannot change; create a new program.</source>
        <translation>Le type d’un programme publié ne peut pas changer; créez un nouveau programme.</translation>
    </message>
    <message>
        <source>Say from which date the new version applies.</source>
        <translation>Précisez à partir de quelle date la nouvelle version s’applique.</translation>
    </message>
    <message>
        <source>A new version cannot start in the past (%1).</source>
        <translation>Une nouvelle version ne peut pas commencer dans le passé (%1).</translation>
    </message>
    <message>
        <source>A new version cannot start before version %1 (%2).</source>
        <translation>Une nouvelle version ne peut pas commencer avant la version %1 (%2).</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Action inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A %1 program cannot be %2.</source>
        <translation>Un programme %1 ne peut pas être %2.</translation>
    </message>
    <message>
        <source>A program cannot be published from a past date.</source>
        <translation>Un programme ne peut pas être publié à partir d’une date passée.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has no terms to publish.</source>
        <translation>Le programme «&#xa0;%1&#xa0;» n’a pas de conditions à publier.</translation>
    </message>
    <message>
        <source>Application %1 does not exist.</source>
        <translation>La candidature %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Application %1 was changed by someone else.</source>
        <translation>La candidature %1 a été modifiée par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Application %1 is already %2.</source>
        <translation>La candidature %1 est déjà %2.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Un refus exige un motif.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; is %2: it takes no new partners.</source>
        <translation>Le programme «&#xa0;%1&#xa0;» est %2&#xa0;: il n’accepte pas de nouveaux partenaires.</translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts.</source>
        <translation>L’entente ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <source>%1 does not qualify for &quot;%2&quot;: %3.</source>
        <translation>%1 n’est pas admissible à «&#xa0;%2&#xa0;»&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; already has its maximum of %2 partners.</source>
        <translation>Le programme «&#xa0;%1&#xa0;» a déjà son maximum de %2 partenaires.</translation>
    </message>
    <message>
        <source>Agreement %1 does not exist.</source>
        <translation>L’entente %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The agreement document must be a PDF.</source>
        <translation>Le document de l’entente doit être un PDF.</translation>
    </message>
    <message>
        <source>Agreement %1 was changed by someone else.</source>
        <translation>L’entente %1 a été modifiée par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Unknown side &quot;%1&quot;.</source>
        <translation>Partie inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Say who accepted.</source>
        <translation>Précisez qui a accepté.</translation>
    </message>
    <message>
        <source>The agreement document has not been generated yet.</source>
        <translation>Le document de l’entente n’a pas encore été produit.</translation>
    </message>
    <message>
        <source>The agreement is %1.</source>
        <translation>L’entente est %1.</translation>
    </message>
    <message>
        <source>Partnership %1 does not exist.</source>
        <translation>Le partenariat %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Partnership %1 was changed by someone else.</source>
        <translation>Le partenariat %1 a été modifié par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>A terminated partnership cannot change.</source>
        <translation>Un partenariat résilié ne peut plus changer.</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>Précisez pourquoi.</translation>
    </message>
    <message>
        <source>A %1 partnership cannot be %2.</source>
        <translation>Un partenariat %1 ne peut pas être %2.</translation>
    </message>
    <message>
        <source>Part %1 is not in this catalog.</source>
        <translation>La pièce %1 n’est pas dans ce catalogue.</translation>
    </message>
    <message>
        <source>Labour rate %1 is not in this partnership.</source>
        <translation>Le taux de main-d’œuvre %1 ne fait pas partie de ce partenariat.</translation>
    </message>
    <message>
        <source>Only finance manages earnings and payouts.</source>
        <translation>Seules les finances gèrent les gains et les versements.</translation>
    </message>
    <message>
        <source>Only finance posts earnings.</source>
        <translation>Seules les finances comptabilisent les gains.</translation>
    </message>
    <message>
        <source>Unknown event type %1.</source>
        <translation>Type d’événement inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist or is not completed.</source>
        <translation>%1 %2 n’existe pas ou n’est pas terminé.</translation>
    </message>
    <message>
        <source>%1 %2 is already in the ledger.</source>
        <translation>%1 %2 est déjà au grand livre.</translation>
    </message>
    <message>
        <source>The parts (%1 cents) do not add up to the gross (%2 cents).</source>
        <translation>Les parts (%1 cents) ne totalisent pas le montant brut (%2 cents).</translation>
    </message>
    <message>
        <source>A charge must move %1 cents from the mechanic to the workshop.</source>
        <translation>Des frais doivent transférer %1 cents du mécanicien à l’atelier.</translation>
    </message>
    <message>
        <source>A payout period is the first day of a month.</source>
        <translation>Une période de versement est le premier jour d’un mois.</translation>
    </message>
    <message>
        <source>A paid payout needs its reference.</source>
        <translation>Un versement payé exige sa référence.</translation>
    </message>
    <message>
        <source>Payout %1 does not exist.</source>
        <translation>Le versement %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Payout %1 was changed by someone else.</source>
        <translation>Le versement %1 a été modifié par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Payout %1 is %2, not scheduled.</source>
        <translation>Le versement %1 est %2, pas planifié.</translation>
    </message>
    <message>
        <source>A failed payout needs a reason.</source>
        <translation>Un versement échoué exige un motif.</translation>
    </message>
    <message>
        <source>Only finance prepares T4A slips.</source>
        <translation>Seules les finances préparent les feuillets T4A.</translation>
    </message>
    <message>
        <source>The SIN is not valid (9 digits with a check digit).</source>
        <translation>Le NAS n’est pas valide (9 chiffres avec un chiffre de contrôle).</translation>
    </message>
    <message>
        <source>The business number is not valid (9 digits, 2 letters, 4 digits).</source>
        <translation>Le numéro d’entreprise n’est pas valide (9 chiffres, 2 lettres, 4 chiffres).</translation>
    </message>
    <message>
        <source>The postal code %1 is not one of %2.</source>
        <translation>Le code postal %1 n’est pas l’un de %2.</translation>
    </message>
    <message>
        <source>An individual needs a surname.</source>
        <translation>Un particulier doit avoir un nom de famille.</translation>
    </message>
    <message>
        <source>A business needs its name.</source>
        <translation>Une entreprise doit avoir un nom.</translation>
    </message>
    <message>
        <source>The tax profile was removed by someone else.</source>
        <translation>Le profil fiscal a été supprimé par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>The tax profile was changed by someone else.</source>
        <translation>Le profil fiscal a été modifié par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Only finance may see a SIN or BN.</source>
        <translation>Seules les finances peuvent voir un NAS ou un NE.</translation>
    </message>
    <message>
        <source>Tax profile %1 does not exist.</source>
        <translation>Le profil fiscal %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Slips with problems cannot be finalised: %1.</source>
        <translation>Des feuillets comportant des problèmes ne peuvent pas être finalisés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only final, current slips of %1 can be filed.</source>
        <translation>Seuls les feuillets définitifs et à jour de %1 peuvent être produits.</translation>
    </message>
    <message>
        <source>Slip %1 does not exist.</source>
        <translation>Le feuillet %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Slip %1 was changed by someone else.</source>
        <translation>Le feuillet %1 a été modifié par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Only a filed, current slip can be amended or cancelled.</source>
        <translation>Seul un feuillet produit et à jour peut être modifié ou annulé.</translation>
    </message>
    <message>
        <source>Only finance may read T4A returns.</source>
        <translation>Seules les finances peuvent lire les déclarations T4A.</translation>
    </message>
    <message>
        <source>The parts of an event are a JSON array.</source>
        <translation>Les parts d’un événement forment un tableau JSON.</translation>
    </message>
    <message>
        <source>%1 %2 is a %3 event (%4), not %5 (%6).</source>
        <translation>%1 %2 est un événement %3 (%4), pas %5 (%6).</translation>
    </message>
    <message>
        <source>%1 %2 lacks its mechanic or workshop.</source>
        <translation>%1 %2 n’a pas son mécanicien ou son atelier.</translation>
    </message>
    <message>
        <source>A reversal is not part of a posting.</source>
        <translation>Une contrepassation ne fait pas partie d’une comptabilisation.</translation>
    </message>
    <message>
        <source>A %1 event has no %2 part for the %3.</source>
        <translation>Un événement %1 n’a pas de part %2 pour %3.</translation>
    </message>
    <message>
        <source>The %1 part for the %2 appears twice.</source>
        <translation>La part %1 pour %2 apparaît deux fois.</translation>
    </message>
    <message>
        <source>The %1 part of %2 %3 belongs to the event&apos;s %4, not to another party.</source>
        <translation>La part %1 de %2 %3 appartient à %4 de l’événement, pas à une autre partie.</translation>
    </message>
    <message>
        <source>The %1 part has no amount.</source>
        <translation>La part %1 n’a pas de montant.</translation>
    </message>
    <message>
        <source>The %1 part of the %2 is %3 cents, not %4.</source>
        <translation>La part %1 de %2 est de %3 cents, pas %4.</translation>
    </message>
    <message>
        <source>A %1 cannot be negative (%2 cents).</source>
        <translation>Un montant %1 ne peut pas être négatif (%2 cents).</translation>
    </message>
    <message>
        <source>The %1 part is %2 bp (rule %3) on this event, not %4 bp (rule %5).</source>
        <translation>La part %1 est de %2 pb (règle %3) pour cet événement, pas %4 pb (règle %5).</translation>
    </message>
    <message>
        <source>The %1 part must be %2 bp of %3 cents, not %4 cents.</source>
        <translation>La part %1 doit être de %2 pb de %3 cents, pas %4 cents.</translation>
    </message>
    <message>
        <source>No GST/HST rate for %1 on %2.</source>
        <translation>Aucun taux de TPS/TVH pour %1 au %2.</translation>
    </message>
    <message>
        <source>GST/HST on the platform fee is %1 cents (%2 bp, %3).</source>
        <translation>La TPS/TVH sur les frais de plateforme est de %1 cents (%2 pb, %3).</translation>
    </message>
    <message>
        <source>GST/HST is charged on the platform fee only.</source>
        <translation>La TPS/TVH s’applique uniquement aux frais de plateforme.</translation>
    </message>
    <message>
        <source>The %1 part for the %2 is missing.</source>
        <translation>La part %1 pour %2 est manquante.</translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation>Une contrepassation exige un motif.</translation>
    </message>
    <message>
        <source>%1 %2 is not in the ledger.</source>
        <translation>%1 %2 n’est pas au grand livre.</translation>
    </message>
    <message>
        <source>%1 %2 is already reversed.</source>
        <translation>%1 %2 est déjà contrepassé.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 n’existe pas.</translation>
    </message>
    <message>
        <source>New row violates row-level security policy for table &quot;%1&quot;.</source>
        <translation>La nouvelle ligne enfreint la politique de sécurité au niveau des lignes de la table «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 would leave %2 live booking(s) stranded: %3.</source>
        <translation>%1 laisserait %2 réservation(s) en cours sans solution&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Say why the bookings are cancelled.</source>
        <translation>Précisez pourquoi les réservations sont annulées.</translation>
    </message>
    <message>
        <source>A weekday is 1 (Monday) to 7 (Sunday).</source>
        <translation>Un jour de la semaine va de 1 (lundi) à 7 (dimanche).</translation>
    </message>
    <message>
        <source>Give both the opening and the closing time, or neither to close the day.</source>
        <translation>Indiquez l’heure d’ouverture et l’heure de fermeture, ou aucune des deux pour fermer la journée.</translation>
    </message>
    <message>
        <source>A workshop opens before it closes.</source>
        <translation>Un atelier ouvre avant de fermer.</translation>
    </message>
    <message>
        <source>Say whether the bay is in service.</source>
        <translation>Précisez si la baie est en service.</translation>
    </message>
    <message>
        <source>Partnership %1 is not between this mechanic and this workshop.</source>
        <translation>Le partenariat %1 ne lie pas ce mécanicien et cet atelier.</translation>
    </message>
    <message>
        <source>A booking cannot start in the past (%1).</source>
        <translation>Une réservation ne peut pas commencer dans le passé (%1).</translation>
    </message>
    <message>
        <source>A booking cannot be moved into the past (%1).</source>
        <translation>Une réservation ne peut pas être déplacée dans le passé (%1).</translation>
    </message>
    <message>
        <source>Booking %1 starts %2: it cannot be %3 before then.</source>
        <translation>La réservation %1 commence %2&#xa0;: elle ne peut pas être %3 avant.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has %2 partners (pending, active or suspended): its maximum cannot be %3.</source>
        <translation>Le programme «&#xa0;%1&#xa0;» compte %2 partenaires (en attente, actifs ou suspendus)&#xa0;: son maximum ne peut pas être %3.</translation>
    </message>
    <message>
        <source>You already hold %1 live claims, the most one admin may hold: decide or release one first.</source>
        <translation>Vous détenez déjà %1 réservations d’examen, le maximum pour un administrateur&#xa0;: décidez-en ou libérez-en une d’abord.</translation>
    </message>
    <message>
        <source>Role adesk_platform_service does not exist and %1 may not create roles.</source>
        <translation>Le rôle adesk_platform_service n’existe pas et %1 ne peut pas créer de rôles.</translation>
    </message>
    <message>
        <source>The mechanic accepts the agreement on the platform; the desk cannot record it.</source>
        <translation>Le mécanicien accepte l’entente sur la plateforme; le bureau ne peut pas l’enregistrer.</translation>
    </message>
    <message>
        <source>Only an owner of the workshop accepts the agreement for the workshop.</source>
        <translation>Seul un propriétaire de l’atelier accepte l’entente au nom de l’atelier.</translation>
    </message>
    <message>
        <source>A request id is required.</source>
        <translation>Un identifiant de requête est requis.</translation>
    </message>
    <message>
        <source>Request %1 does not exist.</source>
        <translation>La requête %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Unknown revenue split scenario %1.</source>
        <translation>Scénario de partage des revenus inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A partnership job needs its agreement&apos;s terms.</source>
        <translation>Un travail en partenariat exige les conditions de son entente.</translation>
    </message>
    <message>
        <source>The agreement&apos;s shares do not add up to 100 %.</source>
        <translation>Les parts de l’entente ne totalisent pas 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Only finance and the platform post earnings.</source>
        <translation>Seules les finances et la plateforme comptabilisent les gains.</translation>
    </message>
    <message>
        <source>Partnership %1 is not between this workshop and mechanic.</source>
        <translation>Le partenariat %1 ne lie pas cet atelier et ce mécanicien.</translation>
    </message>
    <message>
        <source>Partnership %1 has not started (pending).</source>
        <translation>Le partenariat %1 n’a pas commencé (en attente).</translation>
    </message>
    <message>
        <source>The agreement of partnership %1 is not signed by both sides.</source>
        <translation>L’entente du partenariat %1 n’est pas signée par les deux parties.</translation>
    </message>
    <message>
        <source>Partnership %1 was not in force on %2.</source>
        <translation>Le partenariat %1 n’était pas en vigueur le %2.</translation>
    </message>
    <message>
        <source>%1 %2 was posted meanwhile.</source>
        <translation>%1 %2 a été comptabilisé entre-temps.</translation>
    </message>
    <message>
        <source>Session %1 is %2, not completed.</source>
        <translation>La session %1 est %2, pas terminée.</translation>
    </message>
    <message>
        <source>Session %1 is not completed yet (completed_at is in the future).</source>
        <translation>La session %1 n’est pas encore terminée (sa date de fin est dans le futur).</translation>
    </message>
    <message>
        <source>Session %1 is virtual: partnership work is a workshop visit.</source>
        <translation>La session %1 est virtuelle&#xa0;: un travail en partenariat est une visite à l’atelier.</translation>
    </message>
    <message>
        <source>Mechanic %1 is not allowed physical work (verification incomplete or expired).</source>
        <translation>Le mécanicien %1 n’est pas autorisé à faire du travail physique (vérification incomplète ou expirée).</translation>
    </message>
    <message>
        <source>A workshop visit needs a workshop (only a licensed mobile mechanic works without one).</source>
        <translation>Une visite à l’atelier exige un atelier (seul un mécanicien mobile titulaire d’un permis travaille sans atelier).</translation>
    </message>
    <message>
        <source>Workshop %1 does not allow physical repairs.</source>
        <translation>L’atelier %1 n’autorise pas les réparations physiques.</translation>
    </message>
    <message>
        <source>Mechanic %1 is neither an employee nor a partner of workshop %2.</source>
        <translation>Le mécanicien %1 n’est ni un employé ni un partenaire de l’atelier %2.</translation>
    </message>
    <message>
        <source>Escalation %1 is not completed.</source>
        <translation>L’escalade %1 n’est pas terminée.</translation>
    </message>
    <message>
        <source>Permission denied for function calculate_revenue_split.</source>
        <translation>Permission refusée pour la fonction calculate_revenue_split.</translation>
    </message>
    <message>
        <source>A gross amount is zero or more cents.</source>
        <translation>Un montant brut est de zéro cent ou plus.</translation>
    </message>
    <message>
        <source>Scenario %1 is previewed from its terms (the agreement&apos;s or the partnership&apos;s).</source>
        <translation>Le scénario %1 est prévisualisé à partir de ses conditions (celles de l’entente ou du partenariat).</translation>
    </message>
    <message>
        <source>Terms need a program type (bay_rental, revenue_share or membership).</source>
        <translation>Les conditions exigent un type de programme (location de baie, partage des revenus ou adhésion).</translation>
    </message>
    <message>
        <source>A charge month is the first day of a month.</source>
        <translation>Un mois de facturation est le premier jour d’un mois.</translation>
    </message>
    <message>
        <source>Charges are billed once a month has ended (%1 has not).</source>
        <translation>Les frais sont facturés une fois le mois terminé (%1 ne l’est pas).</translation>
    </message>
    <message>
        <source>A partnership charge is a bay_rental or membership charge.</source>
        <translation>Des frais de partenariat sont des frais de location de baie ou d’adhésion.</translation>
    </message>
    <message>
        <source>Voiding a charge needs a reason.</source>
        <translation>L’annulation de frais exige un motif.</translation>
    </message>
    <message>
        <source>A fee is between 0 and 100 %.</source>
        <translation>Des frais se situent entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>A fee change needs a reason.</source>
        <translation>Une modification des frais exige un motif.</translation>
    </message>
    <message>
        <source>A fee change takes effect today or later: the past is not edited.</source>
        <translation>Une modification des frais prend effet aujourd’hui ou plus tard&#xa0;: le passé n’est pas modifié.</translation>
    </message>
    <message>
        <source>A new version keeps the rule&apos;s kind and workshop.</source>
        <translation>Une nouvelle version conserve le type et l’atelier de la règle.</translation>
    </message>
    <message>
        <source>Fee rule %1 was replaced meanwhile.</source>
        <translation>La règle de frais %1 a été remplacée entre-temps.</translation>
    </message>
    <message>
        <source>The new version must start after %1 (when version %2 starts).</source>
        <translation>La nouvelle version doit commencer après le %1 (début de la version %2).</translation>
    </message>
    <message>
        <source>Fee rule %1 already has a later version: change that one.</source>
        <translation>La règle de frais %1 a déjà une version ultérieure&#xa0;: modifiez celle-là.</translation>
    </message>
    <message>
        <source>A new fee rule is a workshop&apos;s custom fee; other rules get new versions.</source>
        <translation>Une nouvelle règle de frais est des frais personnalisés d’un atelier; les autres règles reçoivent de nouvelles versions.</translation>
    </message>
    <message>
        <source>Workshop %1 has a custom fee: give the version being replaced.</source>
        <translation>L’atelier %1 a des frais personnalisés&#xa0;: indiquez la version remplacée.</translation>
    </message>
    <message>
        <source>The platform fee on %1 is %2 bp; the workshop (%3 bp) and mechanic (%4 bp) shares must add up to 100 % with it.</source>
        <translation>Les frais de plateforme au %1 sont de %2 pb; les parts de l’atelier (%3 pb) et du mécanicien (%4 pb) doivent totaliser 100&#xa0;% avec eux.</translation>
    </message>
    <message>
        <source>Permission denied for function partnership_earnings.</source>
        <translation>Permission refusée pour la fonction partnership_earnings.</translation>
    </message>
    <message>
        <source>This SIN is already on another payee&apos;s tax profile.</source>
        <translation>Ce NAS figure déjà dans le profil fiscal d’un autre bénéficiaire.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; of a Quebec workshop needs its French name and French terms before it is offered.</source>
        <translation>Le programme «&#xa0;%1&#xa0;» d’un atelier du Québec doit avoir son nom et ses conditions en français avant d’être offert.</translation>
    </message>
    <message>
        <source>Live bookings of one mechanic overlap (booking pairs %1): move or cancel one of each pair, then migrate again.</source>
        <translation>Des réservations en cours d’un même mécanicien se chevauchent (paires de réservations %1)&#xa0;: déplacez ou annulez une réservation de chaque paire, puis relancez la migration.</translation>
    </message>
    <message>
        <source>%1 is already booked elsewhere at that time.</source>
        <translation>%1 est déjà réservé ailleurs à ce moment.</translation>
    </message>
    <message>
        <source>%1 is already booked at that time: %2.</source>
        <translation>%1 est déjà réservé à ce moment&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The bay is already taken at that time.</source>
        <translation>La baie est déjà prise à ce moment.</translation>
    </message>
    <message>
        <source>Bay &quot;%1&quot; is out of service%2.</source>
        <translation>La baie «&#xa0;%1&#xa0;» est hors service%2.</translation>
    </message>
    <message>
        <source>%1 may not do physical work at this workshop on %2 (not verified, not affiliated or not an active partner).</source>
        <translation>%1 ne peut pas faire de travail physique dans cet atelier le %2 (non vérifié, non affilié ou pas un partenaire actif).</translation>
    </message>
    <message>
        <source>The workshop cannot host physical work on %1: %2.</source>
        <translation>L’atelier ne peut pas accueillir de travail physique le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Partnership %1 does not cover %2 (it is %3, contract %4 to %5).</source>
        <translation>Le partenariat %1 ne couvre pas le %2 (il est %3, contrat du %4 au %5).</translation>
    </message>
    <message>
        <source>Outside opening hours: %1 %2 (%3), asked for %4–%5.</source>
        <translation>En dehors des heures d’ouverture&#xa0;: %1 %2 (%3), demandé pour %4–%5.</translation>
    </message>
    <message>
        <source>A bay stays in its workshop.</source>
        <translation>Une baie reste dans son atelier.</translation>
    </message>
    <message>
        <source>A bay&apos;s name has 1 to 80 characters.</source>
        <translation>Le nom d’une baie compte de 1 à 80 caractères.</translation>
    </message>
    <message>
        <source>Unknown bay type &quot;%1&quot;.</source>
        <translation>Type de baie inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown capability &quot;%1&quot;.</source>
        <translation>Capacité inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A bay&apos;s buffer is 0 to 240 minutes.</source>
        <translation>La marge d’une baie est de 0 à 240 minutes.</translation>
    </message>
    <message>
        <source>An hourly rate is $0.00 to $1,000,000.00.</source>
        <translation>Un taux horaire va de 0,00&#xa0;$ à 1&#xa0;000&#xa0;000,00&#xa0;$.</translation>
    </message>
    <message>
        <source>This workshop already has a bay named &quot;%1&quot;.</source>
        <translation>Cet atelier a déjà une baie nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Bay &quot;%1&quot; was changed by someone else (version %2 is now %3).</source>
        <translation>La baie «&#xa0;%1&#xa0;» a été modifiée par quelqu’un d’autre (la version %2 est maintenant %3).</translation>
    </message>
    <message>
        <source>A bay goes out of service today (%1) or later, not on %2.</source>
        <translation>Une baie est mise hors service aujourd’hui (%1) ou plus tard, pas le %2.</translation>
    </message>
    <message>
        <source>The shifts are a JSON array of {&quot;opens&quot;: &quot;HH:MM&quot;, &quot;closes&quot;: &quot;HH:MM&quot;}.</source>
        <translation>Les quarts forment un tableau JSON de {&quot;opens&quot;: &quot;HH:MM&quot;, &quot;closes&quot;: &quot;HH:MM&quot;}.</translation>
    </message>
    <message>
        <source>A shift&apos;s times are written HH:MM.</source>
        <translation>Les heures d’un quart s’écrivent HH:MM.</translation>
    </message>
    <message>
        <source>A shift opens before it closes (%1–%2).</source>
        <translation>Un quart commence avant de finir (%1–%2).</translation>
    </message>
    <message>
        <source>Shifts overlap (%1–%2 and %3–%4).</source>
        <translation>Des quarts se chevauchent (%1–%2 et %3–%4).</translation>
    </message>
    <message>
        <source>The opening hours were changed by someone else (version %1 is now %2).</source>
        <translation>Les heures d’ouverture ont été modifiées par quelqu’un d’autre (la version %1 est maintenant %2).</translation>
    </message>
    <message>
        <source>New opening hours take effect today (%1) or later, not on %2.</source>
        <translation>De nouvelles heures d’ouverture prennent effet aujourd’hui (%1) ou plus tard, pas le %2.</translation>
    </message>
    <message>
        <source>A closure is a holiday, maintenance or other, not %1.</source>
        <translation>Une fermeture est un congé, un entretien ou autre, pas %1.</translation>
    </message>
    <message>
        <source>A closure ends after it starts.</source>
        <translation>Une fermeture se termine après son début.</translation>
    </message>
    <message>
        <source>A closure that has already ended closes nothing.</source>
        <translation>Une fermeture déjà terminée ne ferme rien.</translation>
    </message>
    <message>
        <source>A closure&apos;s reason has at most 500 characters.</source>
        <translation>Le motif d’une fermeture compte au plus 500 caractères.</translation>
    </message>
    <message>
        <source>Closure %1 was changed by someone else (version %2 is now %3).</source>
        <translation>La fermeture %1 a été modifiée par quelqu’un d’autre (la version %2 est maintenant %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>An invitation is valid 1 to 90 days.</source>
        <translation>Une invitation est valide de 1 à 90 jours.</translation>
    </message>
    <message>
        <source>%1 is already on this workshop&apos;s roster.</source>
        <translation>%1 figure déjà dans l’effectif de cet atelier.</translation>
    </message>
    <message>
        <source>%1 already has a pending invitation to this workshop.</source>
        <translation>%1 a déjà une invitation en attente pour cet atelier.</translation>
    </message>
    <message>
        <source>Invitation %1 was changed by someone else.</source>
        <translation>L’invitation %1 a été modifiée par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Invitation %1 is already %2.</source>
        <translation>L’invitation %1 est déjà %2.</translation>
    </message>
    <message>
        <source>Only the web platform redeems invitations.</source>
        <translation>Seule la plateforme Web utilise les invitations.</translation>
    </message>
    <message>
        <source>Invitation does not exist.</source>
        <translation>L’invitation n’existe pas.</translation>
    </message>
    <message>
        <source>This invitation was %1.</source>
        <translation>Cette invitation a été %1.</translation>
    </message>
    <message>
        <source>This invitation expired on %1.</source>
        <translation>Cette invitation a expiré le %1.</translation>
    </message>
    <message>
        <source>This invitation was sent to another e-mail address.</source>
        <translation>Cette invitation a été envoyée à une autre adresse courriel.</translation>
    </message>
    <message>
        <source>The mechanic belongs to another workshop: leave it first.</source>
        <translation>Le mécanicien appartient à un autre atelier&#xa0;: il doit d’abord le quitter.</translation>
    </message>
    <message>
        <source>Only platform admins link mechanics to workshops.</source>
        <translation>Seuls les administrateurs de la plateforme associent des mécaniciens aux ateliers.</translation>
    </message>
    <message>
        <source>Say why the mechanic is linked.</source>
        <translation>Précisez pourquoi le mécanicien est associé.</translation>
    </message>
    <message>
        <source>%1 belongs to another workshop: unlink first.</source>
        <translation>%1 appartient à un autre atelier&#xa0;: dissociez-le d’abord.</translation>
    </message>
    <message>
        <source>%1 is not on the roster of a workshop you manage.</source>
        <translation>%1 ne figure pas dans l’effectif d’un atelier que vous gérez.</translation>
    </message>
    <message>
        <source>Mechanic %1 was changed by someone else.</source>
        <translation>Le mécanicien %1 a été modifié par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Unknown audience &quot;%1&quot;.</source>
        <translation>Audience inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown province &quot;%1&quot;.</source>
        <translation>Province inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Only platform admins send bulk notices.</source>
        <translation>Seuls les administrateurs de la plateforme envoient des avis groupés.</translation>
    </message>
    <message>
        <source>A notice needs its title and message in English and in French.</source>
        <translation>Un avis doit avoir son titre et son message en anglais et en français.</translation>
    </message>
    <message>
        <source>The link must be a path of the platform, such as /mechanic/compliance.</source>
        <translation>Le lien doit être un chemin de la plateforme, comme /mechanic/compliance.</translation>
    </message>
    <message>
        <source>Only platform admins oversee expiry and the transition.</source>
        <translation>Seuls les administrateurs de la plateforme suivent les échéances et la transition.</translation>
    </message>
    <message>
        <source>A transition period needs a name (at most 200 characters).</source>
        <translation>Une période de transition doit avoir un nom (200 caractères au plus).</translation>
    </message>
    <message>
        <source>A transition starts, then the tier is chosen, then the documents are due: check the dates.</source>
        <translation>Une transition commence, puis le niveau est choisi, puis les documents sont dus&#xa0;: vérifiez les dates.</translation>
    </message>
    <message>
        <source>Only platform admins read the platform KPIs.</source>
        <translation>Seuls les administrateurs de la plateforme consultent ses indicateurs.</translation>
    </message>
    <message>
        <source>A KPI bucket is a week or a month.</source>
        <translation>Un intervalle d’indicateur est une semaine ou un mois.</translation>
    </message>
    <message>
        <source>A KPI period ends after it starts and spans at most 3 years.</source>
        <translation>Une période d’indicateurs finit après son début et couvre au plus 3 ans.</translation>
    </message>
    <message>
        <source>A licence number is required to approve an MVIS licence.</source>
        <translation>Un numéro de permis est requis pour approuver un permis de station d’inspection (MVIS).</translation>
    </message>
    <message>
        <source>This verification does not exist.</source>
        <translation>Cette vérification n’existe pas.</translation>
    </message>
    <message>
        <source>Only platform admins edit the requirements.</source>
        <translation>Seuls les administrateurs de la plateforme modifient les exigences.</translation>
    </message>
    <message>
        <source>A requirement takes effect today or later, never in the past.</source>
        <translation>Une exigence prend effet aujourd’hui ou plus tard, jamais dans le passé.</translation>
    </message>
    <message>
        <source>This requirement is already in effect on or after that date.</source>
        <translation>Cette exigence est déjà en vigueur à cette date ou après.</translation>
    </message>
    <message>
        <source>Not a valid requirement (province, entity, path or document type).</source>
        <translation>Exigence non valide (province, entité, parcours ou type de document).</translation>
    </message>
    <message>
        <source>This requirement does not exist.</source>
        <translation>Cette exigence n’existe pas.</translation>
    </message>
    <message>
        <source>This requirement already ends on %1.</source>
        <translation>Cette exigence prend déjà fin le %1.</translation>
    </message>
    <message>
        <source>Verification %1 is flagged as potentially edited: a second admin must approve an override first.</source>
        <translation>La vérification %1 est signalée comme possiblement modifiée&#xa0;: un deuxième administrateur doit d’abord approuver une dérogation.</translation>
    </message>
    <message>
        <source>Say why the document may have been edited.</source>
        <translation>Indiquez pourquoi le document a pu être modifié.</translation>
    </message>
    <message>
        <source>Unknown service tier &quot;%1&quot;.</source>
        <translation>Niveau de service « %1 » inconnu.</translation>
    </message>
    <message>
        <source>The mechanic already has that service tier.</source>
        <translation>Le mécanicien a déjà ce niveau de service.</translation>
    </message>
    <message>
        <source>A mechanic without a workshop cannot be workshop-affiliated.</source>
        <translation>Un mécanicien sans atelier ne peut pas être affilié à un atelier.</translation>
    </message>
    <message>
        <source>Only platform admins request overrides.</source>
        <translation>Seuls les administrateurs de la plateforme demandent des dérogations.</translation>
    </message>
    <message>
        <source>Verification %1 is not flagged: approve it as usual.</source>
        <translation>La vérification %1 n’est pas signalée&#xa0;: approuvez-la comme d’habitude.</translation>
    </message>
    <message>
        <source>Unknown override kind &quot;%1&quot;.</source>
        <translation>Type de dérogation « %1 » inconnu.</translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation>Une dérogation doit être motivée.</translation>
    </message>
    <message>
        <source>An override request for this is already waiting for a second admin.</source>
        <translation>Une demande de dérogation à ce sujet attend déjà un deuxième administrateur.</translation>
    </message>
    <message>
        <source>Only platform admins decide overrides.</source>
        <translation>Seuls les administrateurs de la plateforme décident des dérogations.</translation>
    </message>
    <message>
        <source>An override must be decided by another admin than the one who asked for it.</source>
        <translation>Une dérogation doit être décidée par un autre administrateur que celui qui l’a demandée.</translation>
    </message>
    <message>
        <source>Override %1 is already %2.</source>
        <translation>La dérogation %1 est déjà %2.</translation>
    </message>
    <message>
        <source>Say whether the override is approved.</source>
        <translation>Indiquez si la dérogation est approuvée.</translation>
    </message>
    <message>
        <source>Say why the override is rejected.</source>
        <translation>Indiquez pourquoi la dérogation est refusée.</translation>
    </message>
    <message>
        <source>The mechanic cannot have the service tier &quot;%1&quot; now.</source>
        <translation>Le mécanicien ne peut pas avoir le niveau de service « %1 » maintenant.</translation>
    </message>
    <message>
        <source>A quote line belongs to its quote&apos;s workshop.</source>
        <translation>Une ligne de devis appartient à l’atelier de son devis.</translation>
    </message>
    <message>
        <source>Line %1 is not priced from the partnership&apos;s catalog valid on %2.</source>
        <translation>La ligne %1 n’est pas au prix du catalogue du partenariat en vigueur le %2.</translation>
    </message>
    <message>
        <source>Only the platform creates escalation leads.</source>
        <translation>Seule la plateforme crée les demandes de réparation.</translation>
    </message>
    <message>
        <source>Only a virtual session is escalated to a repair.</source>
        <translation>Seule une séance virtuelle peut être transmise pour une réparation.</translation>
    </message>
    <message>
        <source>Session %1 was already escalated.</source>
        <translation>La séance %1 a déjà été transmise.</translation>
    </message>
    <message>
        <source>Only the workshop&apos;s owners work its leads.</source>
        <translation>Seuls les propriétaires de l’atelier traitent ses demandes.</translation>
    </message>
    <message>
        <source>Lead %1 is already %2.</source>
        <translation>La demande %1 est déjà %2.</translation>
    </message>
    <message>
        <source>Say why the lead is lost.</source>
        <translation>Indiquez pourquoi la demande est perdue.</translation>
    </message>
    <message>
        <source>A lead is marked contacted or lost.</source>
        <translation>Une demande est marquée contactée ou perdue.</translation>
    </message>
    <message>
        <source>Only the platform creates quotes for a partnered mechanic.</source>
        <translation>Seule la plateforme crée les devis d’un mécanicien partenaire.</translation>
    </message>
    <message>
        <source>Partnership %1 is not active.</source>
        <translation>Le partenariat %1 n’est pas actif.</translation>
    </message>
    <message>
        <source>Partnership %1 does not allow quotes.</source>
        <translation>Le partenariat %1 ne permet pas de devis.</translation>
    </message>
    <message>
        <source>Lead %1 is not a lead of partnership %2.</source>
        <translation>La demande %1 n’est pas une demande du partenariat %2.</translation>
    </message>
    <message>
        <source>A quote has 1 to 100 lines.</source>
        <translation>Un devis compte de 1 à 100 lignes.</translation>
    </message>
    <message>
        <source>Line %1: a quantity from 1 to 1000.</source>
        <translation>Ligne %1 : une quantité de 1 à 1000.</translation>
    </message>
    <message>
        <source>Line %1: the part is not in the partnership&apos;s catalog on %2.</source>
        <translation>Ligne %1 : la pièce n’est pas au catalogue du partenariat le %2.</translation>
    </message>
    <message>
        <source>Line %1: labour of 1 minute or more.</source>
        <translation>Ligne %1 : main-d’œuvre d’une minute ou plus.</translation>
    </message>
    <message>
        <source>Line %1: the labour rate is not in the partnership&apos;s catalog on %2.</source>
        <translation>Ligne %1 : le taux horaire n’est pas au catalogue du partenariat le %2.</translation>
    </message>
    <message>
        <source>Line %1: a line is a part or labour.</source>
        <translation>Ligne %1 : une ligne est une pièce ou de la main-d’œuvre.</translation>
    </message>
    <message>
        <source>A quote totals more than zero.</source>
        <translation>Un devis totalise plus de zéro.</translation>
    </message>
    <message>
        <source>Only the workshop&apos;s owners decide its quotes.</source>
        <translation>Seuls les propriétaires de l’atelier décident de ses devis.</translation>
    </message>
    <message>
        <source>Quote %1 is already %2.</source>
        <translation>Le devis %1 est déjà %2.</translation>
    </message>
    <message>
        <source>Say whether the quote is approved.</source>
        <translation>Indiquez si le devis est approuvé.</translation>
    </message>
    <message>
        <source>Say why the quote is rejected.</source>
        <translation>Indiquez pourquoi le devis est refusé.</translation>
    </message>
    <message>
        <source>Only the platform records a customer&apos;s acceptance.</source>
        <translation>Seule la plateforme enregistre l’acceptation d’un client.</translation>
    </message>
    <message>
        <source>Quote %1 is %2, not sent to the customer.</source>
        <translation>Le devis %1 est %2, non envoyé au client.</translation>
    </message>
    <message>
        <source>Only the platform records a completed job.</source>
        <translation>Seule la plateforme enregistre un travail terminé.</translation>
    </message>
    <message>
        <source>Quote %1 is not an accepted quote waiting for its job.</source>
        <translation>Le devis %1 n’est pas un devis accepté en attente de son travail.</translation>
    </message>
    <message>
        <source>A job completes after its quote is accepted and not in the future.</source>
        <translation>Un travail se termine après l’acceptation de son devis, et pas dans le futur.</translation>
    </message>
    <message>
        <source>Only the web platform creates and answers session requests.</source>
        <translation>Seule la plateforme Web crée les demandes de session et y répond.</translation>
    </message>
    <message>
        <source>A session request needs a valid postal code.</source>
        <translation>Une demande de session exige un code postal valide.</translation>
    </message>
    <message>
        <source>Unknown session type &quot;%1&quot;.</source>
        <translation>Type de session inconnu : « %1 ».</translation>
    </message>
    <message>
        <source>Unknown routing type &quot;%1&quot;.</source>
        <translation>Type d’acheminement inconnu : « %1 ».</translation>
    </message>
    <message>
        <source>Routing through a workshop needs a preferred workshop.</source>
        <translation>L’acheminement par un atelier exige un atelier préféré.</translation>
    </message>
    <message>
        <source>Unknown matching method &quot;%1&quot;.</source>
        <translation>Méthode de jumelage inconnue : « %1 ».</translation>
    </message>
    <message>
        <source>The selected mechanic cannot take this request.</source>
        <translation>Le mécanicien choisi ne peut pas prendre cette demande.</translation>
    </message>
    <message>
        <source>Say whether the mechanic accepts.</source>
        <translation>Indiquez si le mécanicien accepte.</translation>
    </message>
    <message>
        <source>Mechanic %1 was not offered request %2.</source>
        <translation>La demande %2 n’a pas été offerte au mécanicien %1.</translation>
    </message>
    <message>
        <source>Request %1 is already accepted.</source>
        <translation>La demande %1 est déjà acceptée.</translation>
    </message>
    <message>
        <source>Request %1 is already %2.</source>
        <translation>La demande %1 est déjà à l’état « %2 ».</translation>
    </message>
    <message>
        <source>Mechanic %1 already answered request %2.</source>
        <translation>Le mécanicien %1 a déjà répondu à la demande %2.</translation>
    </message>
    <message>
        <source>Only platform admins and the web platform run the matching sweep.</source>
        <translation>Seuls les administrateurs et la plateforme Web lancent le balayage du jumelage.</translation>
    </message>
    <message>
        <source>The sweep needs a time.</source>
        <translation>Le balayage exige une heure.</translation>
    </message>
    <message>
        <source>Only platform admins and workshop owners see the live requests.</source>
        <translation>Seuls les administrateurs et les propriétaires d’atelier voient les demandes en cours.</translation>
    </message>
    <message>
        <source>A matching KPI period is 1 to 36 months.</source>
        <translation>Une période d’indicateurs de jumelage compte de 1 à 36 mois.</translation>
    </message>
    <message>
        <source>Only platform admins change the matching rules.</source>
        <translation>Seuls les administrateurs de la plateforme modifient les règles de jumelage.</translation>
    </message>
    <message>
        <source>Matching rule &quot;%1&quot; does not exist.</source>
        <translation>La règle de jumelage « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4.</source>
        <translation>%1 doit être entre %2 et %3 (%4).</translation>
    </message>
    <message>
        <source>Choose one of your workshops.</source>
        <translation>Choisissez un de vos ateliers.</translation>
    </message>
    <message>
        <source>Invalid postal code &quot;%1&quot;: a Canadian postal code looks like A1A 1A1.</source>
        <translation>Code postal «&#xa0;%1&#xa0;» invalide&#xa0;: un code postal canadien a la forme A1A 1A1.</translation>
    </message>
    <message>
        <source>Unknown routing type &quot;%1&quot;: choose workshop only, hybrid or broadcast.</source>
        <translation>Type d’acheminement «&#xa0;%1&#xa0;» inconnu&#xa0;: choisissez atelier seulement, hybride ou diffusion.</translation>
    </message>
    <message>
        <source>Routing type &quot;%1&quot; needs a workshop: choose one.</source>
        <translation>Le type d’acheminement «&#xa0;%1&#xa0;» demande un atelier&#xa0;: choisissez-en un.</translation>
    </message>
    <message>
        <source>The preview shows a smart broadcast or a broadcast, not &quot;%1&quot;: a selected or favourite mechanic needs a stored request (use Why matched).</source>
        <translation>L’aperçu montre une diffusion ciblée ou une diffusion, pas «&#xa0;%1&#xa0;»&#xa0;: un mécanicien choisi ou favori demande une demande enregistrée (utilisez Pourquoi ce choix).</translation>
    </message>
    <message>
        <source>Unknown session type &quot;%1&quot;: choose chat, video or workshop visit.</source>
        <translation>Type de séance «&#xa0;%1&#xa0;» inconnu&#xa0;: choisissez clavardage, vidéo ou visite à l’atelier.</translation>
    </message>
    <message>
        <source>At most 20 service keywords, and a make of at most 64 characters.</source>
        <translation>Au plus 20 mots-clés de service, et une marque d’au plus 64 caractères.</translation>
    </message>
    <message>
        <source>Only the workshop&apos;s owners set its routing type.</source>
        <translation>Seuls les propriétaires de l’atelier choisissent son type d’acheminement.</translation>
    </message>
    <message>
        <source>Only admins, workshop owners and the platform read the workshop directory.</source>
        <translation>Seuls les administrateurs, les propriétaires d’atelier et la plateforme consultent le répertoire des ateliers.</translation>
    </message>
    <message>
        <source>The directory is read 1 to 500 workshops at a time.</source>
        <translation>Le répertoire se lit de 1 à 500 ateliers à la fois.</translation>
    </message>
    <message>
        <source>Analytics cover 1 to 36 months.</source>
        <translation>Les analyses couvrent de 1 à 36 mois.</translation>
    </message>
    <message>
        <source>Only the platform records a customer&apos;s answer to a quote.</source>
        <translation>Seule la plateforme enregistre la réponse d’un client à un devis.</translation>
    </message>
    <message>
        <source>Quote %1 was valid until %2.</source>
        <translation>Le devis %1 était valide jusqu’au %2.</translation>
    </message>
    <message>
        <source>Only admins and the platform run the quote expiry.</source>
        <translation>Seuls les administrateurs et la plateforme font expirer les devis.</translation>
    </message>
    <message>
        <source>A page of a T4A return holds 1 to 10,000 slips.</source>
        <translation>Une page d’une déclaration T4A contient de 1 à 10&#xa0;000 feuillets.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The database is at schema version %1; this Auto Doctor Desk needs %2. Ask your administrator to run “autodoctor-desk migrate”.</source>
        <translation>La base de données est à la version de schéma %1; cet Auto Doctor Desk a besoin de la version %2. Demandez à votre administrateur de lancer «&#xa0;autodoctor-desk migrate&#xa0;».</translation>
    </message>
    <message>
        <source>The database was upgraded for a newer Auto Doctor Desk (schema %1; this one knows %2). Install the newer version.</source>
        <translation>La base de données a été mise à niveau pour un Auto Doctor Desk plus récent (schéma %1; celui-ci connaît le %2). Installez la version plus récente.</translation>
    </message>
    <message>
        <source>This database is not an Auto Doctor Desk database (it has no desk schema). Check the database named in the connection, or ask your administrator to run “autodoctor-desk migrate”.</source>
        <translation>Cette base de données n’est pas une base Auto Doctor Desk (elle n’a pas de schéma desk). Vérifiez la base nommée dans la connexion ou demandez à votre administrateur de lancer «&#xa0;autodoctor-desk migrate&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>Tax</name>
    <message>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Alberta</source>
        <translation>Alberta</translation>
    </message>
    <message>
        <source>British Columbia</source>
        <translation>Colombie-Britannique</translation>
    </message>
    <message>
        <source>Manitoba</source>
        <translation>Manitoba</translation>
    </message>
    <message>
        <source>New Brunswick</source>
        <translation>Nouveau-Brunswick</translation>
    </message>
    <message>
        <source>Newfoundland and Labrador</source>
        <translation>Terre-Neuve-et-Labrador</translation>
    </message>
    <message>
        <source>Nova Scotia</source>
        <translation>Nouvelle-Écosse</translation>
    </message>
    <message>
        <source>Northwest Territories</source>
        <translation>Territoires du Nord-Ouest</translation>
    </message>
    <message>
        <source>Nunavut</source>
        <translation>Nunavut</translation>
    </message>
    <message>
        <source>Ontario</source>
        <translation>Ontario</translation>
    </message>
    <message>
        <source>Prince Edward Island</source>
        <translation>Île-du-Prince-Édouard</translation>
    </message>
    <message>
        <source>Quebec</source>
        <translation>Québec</translation>
    </message>
    <message>
        <source>Saskatchewan</source>
        <translation>Saskatchewan</translation>
    </message>
    <message>
        <source>Yukon</source>
        <translation>Yukon</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>Permis d’exploitation</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Police d’assurance</translation>
    </message>
    <message>
        <source>Zoning</source>
        <translation>Zonage</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Mobile service</source>
        <translation>Service mobile</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Environmental compliance</source>
        <translation>Conformité environnementale</translation>
    </message>
    <message>
        <source>MVIS licence</source>
        <translation>Permis MVIS</translation>
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
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk</name>
    <message>
        <source>The system user &quot;%1&quot; does not exist: install the postgresql package.</source>
        <translation>L’utilisateur système «&#xa0;%1&#xa0;» n’existe pas&#xa0;: installez le paquet postgresql.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the system user &quot;%2&quot;.</source>
        <translation>Impossible de céder %1 à l’utilisateur système «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>seed-demo: unknown argument &apos;%1&apos;. Usage: seed-demo [--scale N]</source>
        <translation>seed-demo&#xa0;: argument inconnu «&#xa0;%1&#xa0;». Utilisation&#xa0;: seed-demo [--scale N]</translation>
    </message>
    <message>
        <source>seed-demo: --scale needs a row count between 0 and 100000000</source>
        <translation>seed-demo&#xa0;: --scale exige un nombre de lignes entre 0 et 100000000</translation>
    </message>
    <message>
        <source>seed-demo: %1</source>
        <translation>seed-demo&#xa0;: %1</translation>
    </message>
    <message>
        <source>seed-demo: the demo data set is already loaded in the demo database</source>
        <translation>seed-demo&#xa0;: le jeu de données de démonstration est déjà chargé dans la base de démonstration</translation>
    </message>
    <message>
        <source>seed-demo: demo logins (password &quot;demo&quot;): %1</source>
        <translation>seed-demo&#xa0;: comptes de démonstration (mot de passe «&#xa0;demo&#xa0;»)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>adesk::AgreementListModel</name>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Document to generate</source>
        <translation>Document à générer</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>En vigueur le</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Workshop accepted</source>
        <translation>Acceptée par l’atelier</translation>
    </message>
    <message>
        <source>Mechanic accepted</source>
        <translation>Acceptée par le mécanicien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>awaiting the mechanic&apos;s acceptance (on the platform)</source>
        <translation>en attente de l’acceptation du mécanicien (sur la plateforme)</translation>
    </message>
    <message>
        <source>Accepted by %1 on the platform, %2</source>
        <translation>Acceptée par %1 sur la plateforme, %2</translation>
    </message>
</context>
<context>
    <name>adesk::AgreementsPanel</name>
    <message>
        <source>Mechanic&apos;s language</source>
        <translation>Langue du mécanicien</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>&amp;Generate document</source>
        <translation>&amp;Générer le document</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Accept for the workshop…</source>
        <translation>Accepter au nom de l’a&amp;telier…</translation>
    </message>
    <message>
        <source>Accept for the workshop</source>
        <translation>Accepter au nom de l’atelier</translation>
    </message>
    <message>
        <source>Accept the agreement with %1 for your workshop? It is recorded under your name, at the server&apos;s time.</source>
        <translation>Accepter l’entente avec %1 au nom de votre atelier? L’acceptation est consignée à votre nom, à l’heure du serveur.</translation>
    </message>
</context>
<context>
    <name>adesk::AnalyticsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Accepted here</source>
        <translation>Acceptées ici</translation>
    </message>
    <message>
        <source>Served elsewhere</source>
        <translation>Servies ailleurs</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Median to accept</source>
        <translation>Délai médian d’acceptation</translation>
    </message>
</context>
<context>
    <name>adesk::ApplicationQueueModel</name>
    <message>
        <source>%1 (Red Seal)</source>
        <translation>%1 (Sceau rouge)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Qualifies</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise le</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Admissibilité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>adesk::ApplicationsPanel</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Select an application.</source>
        <translation>Sélectionnez une candidature.</translation>
    </message>
    <message>
        <source>Required to reject; shown to the mechanic</source>
        <translation>Obligatoire pour refuser; montré au mécanicien</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Agreement &amp;from</source>
        <translation>Début de l’&amp;entente</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu’au</translation>
    </message>
    <message>
        <source>&amp;Approve and issue agreement</source>
        <translation>&amp;Approuver et émettre l’entente</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>No applications to show.</source>
        <translation>Aucune candidature à afficher.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Rating %1 ★</source>
        <translation>Évaluation %1 ★</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) of experience</source>
        <translation>
            <numerusform>%n an d’expérience</numerusform>
            <numerusform>%n ans d’expérience</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Niveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compliance: %1</source>
        <translation>Conformité&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Red Seal certified</source>
        <translation>&lt;br&gt;Certifié Sceau rouge</translation>
    </message>
    <message>
        <source>&lt;b&gt;Qualifies for version %1 of the program.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Admissible à la version %1 du programme.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Does not qualify:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Non admissible&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reason: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Motif&#xa0;: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>adesk::AuditLogModel</name>
    <message>
        <source>Verification approved</source>
        <translation>Vérification approuvée</translation>
    </message>
    <message>
        <source>Verification rejected</source>
        <translation>Vérification refusée</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Renseignements demandés</translation>
    </message>
    <message>
        <source>Verification expired</source>
        <translation>Vérification expirée</translation>
    </message>
    <message>
        <source>Tax number revealed</source>
        <translation>Numéro fiscal révélé</translation>
    </message>
    <message>
        <source>Tax profile saved</source>
        <translation>Profil fiscal enregistré</translation>
    </message>
    <message>
        <source>Bulk notice sent</source>
        <translation>Avis groupé envoyé</translation>
    </message>
    <message>
        <source>Payout paid</source>
        <translation>Versement payé</translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation>Versement échoué</translation>
    </message>
    <message>
        <source>Payouts scheduled</source>
        <translation>Versements planifiés</translation>
    </message>
    <message>
        <source>Ledger event reversed</source>
        <translation>Écriture du grand livre contrepassée</translation>
    </message>
    <message>
        <source>Fee rule changed</source>
        <translation>Règle de frais modifiée</translation>
    </message>
    <message>
        <source>Partnership charge</source>
        <translation>Frais de partenariat</translation>
    </message>
    <message>
        <source>Agreement accepted</source>
        <translation>Entente acceptée</translation>
    </message>
    <message>
        <source>Application approved</source>
        <translation>Candidature approuvée</translation>
    </message>
    <message>
        <source>Application rejected</source>
        <translation>Candidature refusée</translation>
    </message>
    <message>
        <source>Program created</source>
        <translation>Programme créé</translation>
    </message>
    <message>
        <source>Program saved</source>
        <translation>Programme enregistré</translation>
    </message>
    <message>
        <source>T4A slips generated</source>
        <translation>Feuillets T4A générés</translation>
    </message>
    <message>
        <source>T4A return read</source>
        <translation>Déclaration T4A lue</translation>
    </message>
    <message>
        <source>T4A return filed</source>
        <translation>Déclaration T4A produite</translation>
    </message>
    <message>
        <source>T4A slip amended</source>
        <translation>Feuillet T4A modifié</translation>
    </message>
    <message>
        <source>T4A slip cancelled</source>
        <translation>Feuillet T4A annulé</translation>
    </message>
    <message>
        <source>Bay created</source>
        <translation>Baie créée</translation>
    </message>
    <message>
        <source>Bay changed</source>
        <translation>Baie modifiée</translation>
    </message>
    <message>
        <source>Bay back in service</source>
        <translation>Baie remise en service</translation>
    </message>
    <message>
        <source>Bay out of service</source>
        <translation>Baie hors service</translation>
    </message>
    <message>
        <source>Booking created</source>
        <translation>Réservation créée</translation>
    </message>
    <message>
        <source>Booking moved</source>
        <translation>Réservation déplacée</translation>
    </message>
    <message>
        <source>Booking status changed</source>
        <translation>Statut de réservation modifié</translation>
    </message>
    <message>
        <source>Closure added</source>
        <translation>Fermeture ajoutée</translation>
    </message>
    <message>
        <source>Closure removed</source>
        <translation>Fermeture retirée</translation>
    </message>
    <message>
        <source>Opening hours set</source>
        <translation>Heures d’ouverture fixées</translation>
    </message>
    <message>
        <source>Mechanic invited</source>
        <translation>Mécanicien invité</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Invitation acceptée</translation>
    </message>
    <message>
        <source>Invitation revoked</source>
        <translation>Invitation révoquée</translation>
    </message>
    <message>
        <source>Mechanic linked</source>
        <translation>Mécanicien lié</translation>
    </message>
    <message>
        <source>Mechanic unlinked</source>
        <translation>Mécanicien délié</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Profil fiscal</translation>
    </message>
    <message>
        <source>Bulk notice</source>
        <translation>Avis groupé</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Versement</translation>
    </message>
    <message>
        <source>Payout batch</source>
        <translation>Lot de versements</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Grand livre</translation>
    </message>
    <message>
        <source>Fee rule</source>
        <translation>Règle de frais</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Bay rental charge</source>
        <translation>Frais de location de baie</translation>
    </message>
    <message>
        <source>Membership fee</source>
        <translation>Cotisation</translation>
    </message>
    <message>
        <source>T4A slips</source>
        <translation>Feuillets T4A</translation>
    </message>
    <message>
        <source>T4A return</source>
        <translation>Déclaration T4A</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Baie</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 no %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Program published</source>
        <translation>Programme publié</translation>
    </message>
    <message>
        <source>Program paused</source>
        <translation>Programme suspendu</translation>
    </message>
    <message>
        <source>Program resumed</source>
        <translation>Programme repris</translation>
    </message>
    <message>
        <source>Program closed</source>
        <translation>Programme fermé</translation>
    </message>
    <message>
        <source>Partnership suspended</source>
        <translation>Partenariat suspendu</translation>
    </message>
    <message>
        <source>Partnership reinstated</source>
        <translation>Partenariat rétabli</translation>
    </message>
    <message>
        <source>Partnership terminated</source>
        <translation>Partenariat résilié</translation>
    </message>
    <message>
        <source>Expiry reminder sent</source>
        <translation>Rappel d’échéance envoyé</translation>
    </message>
    <message>
        <source>Document flagged as edited</source>
        <translation>Document signalé comme modifié</translation>
    </message>
    <message>
        <source>Verification superseded</source>
        <translation>Vérification remplacée</translation>
    </message>
    <message>
        <source>Requirement added</source>
        <translation>Exigence ajoutée</translation>
    </message>
    <message>
        <source>Requirement ended</source>
        <translation>Exigence terminée</translation>
    </message>
    <message>
        <source>Requirement withdrawn before it took effect</source>
        <translation>Exigence retirée avant son entrée en vigueur</translation>
    </message>
    <message>
        <source>Transition period granted</source>
        <translation>Période de transition accordée</translation>
    </message>
    <message>
        <source>Override requested</source>
        <translation>Dérogation demandée</translation>
    </message>
    <message>
        <source>Override approved</source>
        <translation>Dérogation approuvée</translation>
    </message>
    <message>
        <source>Override rejected</source>
        <translation>Dérogation refusée</translation>
    </message>
    <message>
        <source>Service tier changed by override</source>
        <translation>Niveau de service changé par dérogation</translation>
    </message>
    <message>
        <source>Default routing changed</source>
        <translation>Acheminement par défaut modifié</translation>
    </message>
    <message>
        <source>Matching rule changed</source>
        <translation>Règle de jumelage modifiée</translation>
    </message>
    <message>
        <source>Lead contacted</source>
        <translation>Demande contactée</translation>
    </message>
    <message>
        <source>Lead lost</source>
        <translation>Demande perdue</translation>
    </message>
    <message>
        <source>Quote created</source>
        <translation>Devis créé</translation>
    </message>
    <message>
        <source>Quote approved</source>
        <translation>Devis approuvé</translation>
    </message>
    <message>
        <source>Quote rejected</source>
        <translation>Devis refusé</translation>
    </message>
    <message>
        <source>Quote declined by the customer</source>
        <translation>Devis décliné par le client</translation>
    </message>
    <message>
        <source>Quote expired</source>
        <translation>Devis expiré</translation>
    </message>
</context>
<context>
    <name>adesk::AuditLogPane</name>
    <message>
        <source>Login role</source>
        <translation>Rôle de connexion</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Table, e.g. compliance_verifications</source>
        <translation>Table, p. ex. compliance_verifications</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>No de ligne</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Tous les ateliers</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>Ate&amp;lier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Select a row to read its detail.</source>
        <translation>Sélectionnez une ligne pour en lire le détail.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l’exportation</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>adesk::BatchCommands</name>
    <message>
        <source>Creates the database&apos;s group roles and lets the deploying role run the migrations (once, as a superuser).</source>
        <translation>Crée les rôles de groupe de la base de données et permet au rôle de déploiement d’appliquer les migrations (une fois, en tant que superutilisateur).</translation>
    </message>
    <message>
        <source>The login role that will run the migrations.</source>
        <translation>Le rôle de connexion qui appliquera les migrations.</translation>
    </message>
    <message>
        <source>Applies the embedded database migrations that are not applied yet.</source>
        <translation>Applique les migrations intégrées de la base de données qui ne sont pas encore appliquées.</translation>
    </message>
    <message>
        <source>Loads the demo data into an empty, migrated database.</source>
        <translation>Charge les données de démonstration dans une base de données vide et migrée.</translation>
    </message>
    <message>
        <source>Adds N generated rows to a seeded demo database (for benchmarks).</source>
        <translation>Ajoute N lignes générées à une base de démonstration déjà chargée (pour les mesures de performance).</translation>
    </message>
    <message>
        <source>Saves a picture of every pane for each role (offscreen when there is no display).</source>
        <translation>Enregistre une image de chaque volet pour chaque rôle (hors écran en l’absence d’affichage).</translation>
    </message>
    <message>
        <source>Directory of the pictures.</source>
        <translation>Répertoire des images.</translation>
    </message>
    <message>
        <source>Uses a dark palette.</source>
        <translation>Utilise une palette sombre.</translation>
    </message>
    <message>
        <source>Writes the month&apos;s earnings statements as PDF files, one per party and one combined.</source>
        <translation>Écrit les relevés de gains du mois en fichiers PDF, un par partie et un regroupé.</translation>
    </message>
    <message>
        <source>The month of the statements.</source>
        <translation>Le mois des relevés.</translation>
    </message>
    <message>
        <source>Directory of the PDF files.</source>
        <translation>Répertoire des fichiers PDF.</translation>
    </message>
    <message>
        <source>Writes a workshop&apos;s bay bookings as an iCalendar (.ics) file.</source>
        <translation>Écrit les réservations de baies d’un atelier dans un fichier iCalendar (.ics).</translation>
    </message>
    <message>
        <source>The workshop.</source>
        <translation>L’atelier.</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>Le fichier .ics à écrire.</translation>
    </message>
    <message>
        <source>Only this bay&apos;s bookings.</source>
        <translation>Seulement les réservations de cette baie.</translation>
    </message>
    <message>
        <source>Only this mechanic&apos;s bookings.</source>
        <translation>Seulement les réservations de ce mécanicien.</translation>
    </message>
    <message>
        <source>First day (default: 30 days ago).</source>
        <translation>Premier jour (par défaut&#xa0;: il y a 30 jours).</translation>
    </message>
    <message>
        <source>Last day (default: in 180 days).</source>
        <translation>Dernier jour (par défaut&#xa0;: dans 180 jours).</translation>
    </message>
    <message>
        <source>Files the year&apos;s T4A slips: the XML returns for the CRA and the PDF slips.</source>
        <translation>Produit les feuillets T4A de l’année&#xa0;: les déclarations XML pour l’ARC et les feuillets PDF.</translation>
    </message>
    <message>
        <source>The tax year.</source>
        <translation>L’année d’imposition.</translation>
    </message>
    <message>
        <source>Directory of the returns and slips.</source>
        <translation>Répertoire des déclarations et des feuillets.</translation>
    </message>
    <message>
        <source>Files a tax year that is not over yet.</source>
        <translation>Produit une année d’imposition qui n’est pas encore terminée.</translation>
    </message>
    <message>
        <source>Bills the month&apos;s partnership charges (bay rental hours, memberships); running it again bills nothing twice.</source>
        <translation>Facture les frais de partenariat du mois (heures de location de baie, adhésions); une nouvelle exécution ne facture rien deux fois.</translation>
    </message>
    <message>
        <source>The month to bill.</source>
        <translation>Le mois à facturer.</translation>
    </message>
    <message>
        <source>Renders one page of a document (PDF or image) in the sandboxed reader, or prints its text.</source>
        <translation>Affiche une page d’un document (PDF ou image) dans le lecteur isolé, ou en imprime le texte.</translation>
    </message>
    <message>
        <source>Page number (default: 1).</source>
        <translation>Numéro de page (par défaut&#xa0;: 1).</translation>
    </message>
    <message>
        <source>Resolution (default: 96).</source>
        <translation>Résolution (par défaut&#xa0;: 96).</translation>
    </message>
    <message>
        <source>The picture to write.</source>
        <translation>L’image à écrire.</translation>
    </message>
    <message>
        <source>Prints the page&apos;s text instead.</source>
        <translation>Imprime plutôt le texte de la page.</translation>
    </message>
    <message>
        <source>The document&apos;s password.</source>
        <translation>Le mot de passe du document.</translation>
    </message>
    <message>
        <source>The reader&apos;s memory limit.</source>
        <translation>La limite de mémoire du lecteur.</translation>
    </message>
    <message>
        <source>The reader&apos;s processor time limit.</source>
        <translation>La limite de temps processeur du lecteur.</translation>
    </message>
    <message>
        <source>The document to read.</source>
        <translation>Le document à lire.</translation>
    </message>
    <message numerus="yes">
        <source>expire-sweep: %n verification(s) expired</source>
        <translation>
            <numerusform>expire-sweep&#xa0;: %n vérification expirée</numerusform>
            <numerusform>expire-sweep&#xa0;: %n vérifications expirées</numerusform>
        </translation>
    </message>
    <message>
        <source>migrate: schema is up to date</source>
        <translation>migrate&#xa0;: le schéma est à jour</translation>
    </message>
    <message>
        <source>migrate: applied %1</source>
        <translation>migrate&#xa0;: %1 appliquée</translation>
    </message>
    <message>
        <source>bootstrap-roles: name the deploying role: bootstrap-roles --deployer ROLE</source>
        <translation>bootstrap-roles&#xa0;: nommez le rôle de déploiement&#xa0;: bootstrap-roles --deployer RÔLE</translation>
    </message>
    <message>
        <source>libpq connection string, URI or service=NAME (default: PG* variables).</source>
        <translation>Chaîne de connexion libpq, URI ou service=NOM (par défaut&#xa0;: variables PG*).</translation>
    </message>
    <message>
        <source>Use the embedded demo database (started on demand, stopped on exit).</source>
        <translation>Utiliser la base de données de démonstration intégrée (démarrée au besoin, arrêtée à la sortie).</translation>
    </message>
    <message>
        <source>Language of the interface, the messages and the files written: en or fr (default: the system&apos;s).</source>
        <translation>Langue de l’interface, des messages et des fichiers écrits&#xa0;: en ou fr (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>Accept sslmode=disable, allow or prefer to a host that is not local (the password and data may cross the network unencrypted). Without it such a connection is refused.</source>
        <translation>Accepter sslmode=disable, allow ou prefer vers un hôte non local (le mot de passe et les données peuvent traverser le réseau sans chiffrement). Sans cette option, une telle connexion est refusée.</translation>
    </message>
    <message>
        <source>With --demo: sign in as admin, admin2, finance, owner or owner-montreal (default: admin).</source>
        <translation>Avec --demo&#xa0;: se connecter en tant que admin, admin2, finance, owner ou owner-montreal (par défaut&#xa0;: admin).</translation>
    </message>
    <message>
        <source>Auto Doctor Desk: compliance review, bays, partnerships, earnings and T4A for The Auto Doctor.
Without a command the desktop application starts.</source>
        <translation>Auto Doctor Desk&#xa0;: révision de conformité, baies, partenariats, gains et T4A pour The Auto Doctor.
Sans commande, l’application de bureau démarre.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>&apos;autodoctor-desk COMMAND --help&apos; describes a command and its options. The options below may come before or after the command.</source>
        <translation>«&#xa0;autodoctor-desk COMMANDE --help&#xa0;» décrit une commande et ses options. Les options ci-dessous peuvent précéder ou suivre la commande.</translation>
    </message>
    <message>
        <source>Batch command to run.</source>
        <translation>Commande de traitement par lots à exécuter.</translation>
    </message>
    <message>
        <source>The global options (--db, --demo, --lang…) may come before or after the command.</source>
        <translation>Les options globales (--db, --demo, --lang…) peuvent précéder ou suivre la commande.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>Try &apos;autodoctor-desk %1--help&apos;.</source>
        <translation>Essayez «&#xa0;autodoctor-desk %1--help&#xa0;».</translation>
    </message>
    <message>
        <source>autodoctor-desk: unknown command &apos;%1&apos;. Known: %2</source>
        <translation>autodoctor-desk&#xa0;: commande inconnue «&#xa0;%1&#xa0;». Commandes connues&#xa0;: %2</translation>
    </message>
    <message>
        <source>autodoctor-desk: --as needs --demo and one of: %1</source>
        <translation>autodoctor-desk&#xa0;: --as exige --demo et l’un de&#xa0;: %1</translation>
    </message>
    <message>
        <source>autodoctor-desk %1: unexpected argument &apos;%2&apos;</source>
        <translation>autodoctor-desk %1&#xa0;: argument inattendu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>autodoctor-desk: invalid --db: %1</source>
        <translation>autodoctor-desk&#xa0;: --db invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>autodoctor-desk: pass --allow-insecure-transport to connect anyway.</source>
        <translation>autodoctor-desk&#xa0;: ajoutez --allow-insecure-transport pour vous connecter quand même.</translation>
    </message>
    <message>
        <source>Displays this help and does nothing else.</source>
        <translation>Affiche cette aide et ne fait rien d’autre.</translation>
    </message>
    <message>
        <source>Displays the version and quits.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
    <message>
        <source>Lists every migration (applied, checksum, pending) and changes nothing.</source>
        <translation>Liste chaque migration (appliquée, somme de contrôle, en attente) sans rien modifier.</translation>
    </message>
    <message numerus="yes">
        <source>expire-sweep: %n expiry reminder(s) sent</source>
        <translation>
            <numerusform>expire-sweep&#xa0;: %n rappel d’échéance envoyé</numerusform>
            <numerusform>expire-sweep&#xa0;: %n rappels d’échéance envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>Moves the session requests on: the chosen mechanic&apos;s window, the second wave, expiry (every minute).</source>
        <translation>Fait avancer les demandes de session&#xa0;: la fenêtre du mécanicien choisi, la deuxième vague, l’expiration (chaque minute).</translation>
    </message>
    <message>
        <source>match-sweep: windows timed out: %1, second waves: %2, offers sent: %3, requests expired: %4</source>
        <translation>match-sweep : fenêtres échues : %1, deuxièmes vagues : %2, offres envoyées : %3, demandes expirées : %4</translation>
    </message>
    <message>
        <source>Expires the approved verifications past their expiry date, sends the expiry reminders and expires the repair quotes past their validity (daily).</source>
        <translation>Fait expirer les vérifications approuvées dont la date d’échéance est passée, envoie les rappels d’échéance et fait expirer les devis de réparation dont la validité est passée (chaque jour).</translation>
    </message>
    <message numerus="yes">
        <source>expire-sweep: %n repair quote(s) expired</source>
        <translation>
            <numerusform>expire-sweep&#xa0;: %n devis de réparation expiré</numerusform>
            <numerusform>expire-sweep&#xa0;: %n devis de réparation expirés</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads on this connection (a read replica: a saved profile&apos;s name or a connection string), read-only, and says how current its data is.</source>
        <translation>Lit sur cette connexion (une réplique en lecture&#xa0;: le nom d’une connexion enregistrée ou une chaîne de connexion), en lecture seule, et indique à quel point ses données sont à jour.</translation>
    </message>
    <message>
        <source>Prints the year&apos;s T4A aggregation as CSV: per payee the box 048 fees paid, the statements&apos; total, unpaid and prior-year amounts, whether a slip is due.</source>
        <translation>Affiche l’agrégation T4A de l’année en CSV&#xa0;: par bénéficiaire, les honoraires de la case 048 versés, le total des relevés, les montants impayés et ceux des années antérieures, et si un feuillet est dû.</translation>
    </message>
</context>
<context>
    <name>adesk::BayCalendarPane</name>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Lanes: bays</source>
        <translation>Colonnes&#xa0;: baies</translation>
    </message>
    <message>
        <source>Lanes: mechanics</source>
        <translation>Colonnes&#xa0;: mécaniciens</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Exporter en .ics…</translation>
    </message>
    <message>
        <source>Print day sheet…</source>
        <translation>Imprimer la feuille de journée…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Enregistrer l’arrivée</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation>&amp;Annuler la réservation</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;Non-présentation</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Taux d’occupation</translation>
    </message>
    <message>
        <source>Choose the mechanic to book for first.</source>
        <translation>Choisissez d’abord le mécanicien pour qui réserver.</translation>
    </message>
    <message>
        <source>Choose the bay to book first.</source>
        <translation>Choisissez d’abord la baie à réserver.</translation>
    </message>
    <message>
        <source>Which time?</source>
        <translation>Quelle heure?</translation>
    </message>
    <message>
        <source>Decline request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <source>Reason (sent to the mechanic):</source>
        <translation>Motif (envoyé au mécanicien)&#xa0;:</translation>
    </message>
    <message>
        <source>Declined by the workshop</source>
        <translation>Refusée par l’atelier</translation>
    </message>
    <message>
        <source>Requests to confirm (%1)</source>
        <translation>Demandes à confirmer (%1)</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>%1 — times in %2</source>
        <translation>%1 — heures selon le fuseau %2</translation>
    </message>
    <message>
        <source>Book for:</source>
        <translation>Réserver pour&#xa0;:</translation>
    </message>
    <message>
        <source>Bay:</source>
        <translation>Baie&#xa0;:</translation>
    </message>
    <message>
        <source>Select a booking in the calendar or a request above.</source>
        <translation>Sélectionnez une réservation dans le calendrier ou une demande ci-dessus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2&lt;br&gt;%3–%4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; le %2&lt;br&gt;%3–%4 · %5</translation>
    </message>
    <message>
        <source>All bookings of %1</source>
        <translation>Toutes les réservations de %1</translation>
    </message>
    <message>
        <source>Bay: %1</source>
        <translation>Baie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mechanic: %1</source>
        <translation>Mécanicien&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Exporter les réservations</translation>
    </message>
    <message>
        <source>Bookings of:</source>
        <translation>Réservations de&#xa0;:</translation>
    </message>
    <message>
        <source>Export bookings as iCalendar</source>
        <translation>Exporter les réservations en iCalendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Day sheet — %1</source>
        <translation>Feuille de journée — %1</translation>
    </message>
    <message>
        <source>Set up workshop…</source>
        <translation>Configurer l’atelier…</translation>
    </message>
    <message>
        <source>This workshop cannot host physical work today: %1. The database refuses bookings for physical work until this is fixed.</source>
        <translation>Cet atelier ne peut pas accueillir de travaux sur place aujourd’hui&#xa0;: %1. La base de données refuse les réservations de travaux sur place tant que ce n’est pas corrigé.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>adesk::BayController</name>
    <message>
        <source>No workshop to show: your login manages none.</source>
        <translation>Aucun atelier à afficher&#xa0;: votre compte n’en gère aucun.</translation>
    </message>
    <message>
        <source>Create booking</source>
        <translation>Créer une réservation</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Booking %1 created.</source>
        <translation>Réservation %1 créée.</translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation>Déplacer la réservation</translation>
    </message>
    <message>
        <source>Booking %1 moved.</source>
        <translation>Réservation %1 déplacée.</translation>
    </message>
    <message>
        <source>%1 booking</source>
        <translation>Réservation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Booking %1: %2.</source>
        <translation>Réservation %1&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n booking(s) to %1.</source>
        <translation>
            <numerusform>%n réservation exportée dans %1.</numerusform>
            <numerusform>%n réservations exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>a compliance requirement is not met</source>
        <translation>une exigence de conformité n’est pas remplie</translation>
    </message>
</context>
<context>
    <name>adesk::BaySetupModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Out of service since %1</source>
        <translation>Hors service depuis le %1</translation>
    </message>
    <message>
        <source>Out of service from %1</source>
        <translation>Hors service à partir du %1</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Baie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Tampon</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>adesk::BookingModel</name>
    <message>
        <source>Bay</source>
        <translation>Baie</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>adesk::BookingsInTheWayDialog</name>
    <message>
        <source>Bookings in the way</source>
        <translation>Réservations touchées</translation>
    </message>
    <message numerus="yes">
        <source>%1 would leave %n live booking(s) without a bay or outside the opening hours. Nothing has been changed yet.</source>
        <translation>
            <numerusform>%1 laisserait %n réservation active sans baie ou hors des heures d’ouverture. Rien n’a encore été modifié.</numerusform>
            <numerusform>%1 laisserait %n réservations actives sans baie ou hors des heures d’ouverture. Rien n’a encore été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Baie</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Sent to each mechanic</source>
        <translation>Envoyé à chaque mécanicien</translation>
    </message>
    <message>
        <source>&amp;Cancel them with this reason</source>
        <translation>&amp;Les annuler avec ce motif</translation>
    </message>
    <message>
        <source>&amp;Keep them — I will move them</source>
        <translation>Les &amp;garder — je vais les déplacer</translation>
    </message>
</context>
<context>
    <name>adesk::CandidateModel</name>
    <message>
        <source>Exclusive window</source>
        <translation>Fenêtre exclusive</translation>
    </message>
    <message>
        <source>First wave</source>
        <translation>Première vague</translation>
    </message>
    <message>
        <source>Second wave</source>
        <translation>Deuxième vague</translation>
    </message>
    <message>
        <source>Workshop only</source>
        <translation>Atelier seulement</translation>
    </message>
    <message>
        <source>Hybrid (workshop first)</source>
        <translation>Hybride (l’atelier d’abord)</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Same neighbourhood (%1)</source>
        <translation>Même quartier (%1)</translation>
    </message>
    <message>
        <source>Nearby area (%1 km)</source>
        <translation>Secteur voisin (%1 km)</translation>
    </message>
    <message>
        <source>Same region (%1)</source>
        <translation>Même région (%1)</translation>
    </message>
    <message>
        <source>%1 specialist</source>
        <translation>Spécialiste %1</translation>
    </message>
    <message>
        <source>Knows: %1</source>
        <translation>Connaît&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rated %1</source>
        <translation>Noté %1</translation>
    </message>
    <message>
        <source>1 year of experience</source>
        <translation>1 an d’expérience</translation>
    </message>
    <message>
        <source>%1 years of experience</source>
        <translation>%1 ans d’expérience</translation>
    </message>
    <message>
        <source>Customer&apos;s favourite</source>
        <translation>Favori du client</translation>
    </message>
    <message>
        <source>Available now</source>
        <translation>Disponible maintenant</translation>
    </message>
    <message>
        <source>The workshop is closed or none of its mechanics is available: other mechanics are offered.</source>
        <translation>L’atelier est fermé ou aucun de ses mécaniciens n’est disponible&#xa0;: d’autres mécaniciens sont proposés.</translation>
    </message>
    <message>
        <source>No local mechanic is available: mechanics further away are offered.</source>
        <translation>Aucun mécanicien local n’est disponible&#xa0;: des mécaniciens plus éloignés sont proposés.</translation>
    </message>
    <message>
        <source>No brand specialist is available locally: specialists further away are offered.</source>
        <translation>Aucun spécialiste de la marque n’est disponible localement&#xa0;: des spécialistes plus éloignés sont proposés.</translation>
    </message>
    <message>
        <source>The selected mechanic did not answer within the window: the others were notified.</source>
        <translation>Le mécanicien choisi n’a pas répondu dans le délai&#xa0;: les autres ont été avisés.</translation>
    </message>
    <message>
        <source>Yes, accepted</source>
        <translation>Oui, a accepté</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Indépendant</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Not local</source>
        <translation>Éloigné</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Avisé</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pointage</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Avail.</source>
        <translation>Dispo.</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compét.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Exp.</source>
        <translation>Exp.</translation>
    </message>
    <message>
        <source>Fav.</source>
        <translation>Fav.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>adesk::ChargesCommand</name>
    <message>
        <source>partnership %1 (%2 at %3, %4)</source>
        <translation>partenariat %1 (%2 chez %3, %4)</translation>
    </message>
    <message>
        <source>charges: %1 %2: bay rental #%3, %4 (%5 h of bookings)</source>
        <translation>charges&#xa0;: %1 %2&#xa0;: location de baie nº %3, %4 (%5 h de réservations)</translation>
    </message>
    <message>
        <source>charges: %1 %2: membership #%3, %4 (%5 h of bookings)</source>
        <translation>charges&#xa0;: %1 %2&#xa0;: abonnement nº %3, %4 (%5 h de réservations)</translation>
    </message>
    <message numerus="yes">
        <source>charges: %1: nothing new was billed (%n charge(s) billed by earlier runs, %2)</source>
        <translation>
            <numerusform>charges&#xa0;: %1&#xa0;: rien de nouveau n’a été facturé (%n frais facturé par une exécution précédente, %2)</numerusform>
            <numerusform>charges&#xa0;: %1&#xa0;: rien de nouveau n’a été facturé (%n frais facturés par des exécutions précédentes, %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>charges: %1: %n charge(s) billed, total %2</source>
        <translation>
            <numerusform>charges&#xa0;: %1&#xa0;: %n frais facturé, total %2</numerusform>
            <numerusform>charges&#xa0;: %1&#xa0;: %n frais facturés, total %2</numerusform>
        </translation>
    </message>
    <message>
        <source>charges: --month takes YYYY-MM, not &apos;%1&apos;</source>
        <translation>charges&#xa0;: --month attend AAAA-MM, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>charges: unknown argument &apos;%1&apos;</source>
        <translation>charges&#xa0;: argument inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Usage: charges --month YYYY-MM</source>
        <translation>Utilisation&#xa0;: charges --month AAAA-MM</translation>
    </message>
</context>
<context>
    <name>adesk::ChecklistPanel</name>
    <message>
        <source>Loading the requirements…</source>
        <translation>Chargement des exigences…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Nothing is required of this entity.</source>
        <translation>Rien n’est exigé de cette entité.</translation>
    </message>
    <message>
        <source>(this document)</source>
        <translation>(ce document)</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>Expire le %1</translation>
    </message>
</context>
<context>
    <name>adesk::ClosureSetupModel</name>
    <message>
        <source>Whole workshop</source>
        <translation>Tout l’atelier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
</context>
<context>
    <name>adesk::ConnectionDialog</name>
    <message>
        <source>Sign in to Auto Doctor Desk</source>
        <translation>Connexion à Auto Doctor Desk</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>host=db.theautodoctor.ca dbname=autodoctor user=alice sslmode=verify-full — or service=autodoctor</source>
        <translation>host=db.theautodoctor.ca dbname=autodoctor user=alice sslmode=verify-full — ou service=autodoctor</translation>
    </message>
    <message>
        <source>leave empty to use ~/.pgpass</source>
        <translation>laissez vide pour utiliser ~/.pgpass</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>Enregistrer la connexion</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Give the connection a name to save it.</source>
        <translation>Donnez un nom à la connexion pour l’enregistrer.</translation>
    </message>
    <message>
        <source>Not a valid connection string: %1</source>
        <translation>Chaîne de connexion non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Empty: libpq&apos;s defaults are used (PGHOST, PGDATABASE, PGUSER, ~/.pgpass).</source>
        <translation>Vide&#xa0;: les valeurs par défaut de libpq sont utilisées (PGHOST, PGDATABASE, PGUSER, ~/.pgpass).</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>No system keychain is available (%1): passwords cannot be remembered. Type the password at each sign-in, or keep it in ~/.pgpass (mode 0600).</source>
        <translation>Aucun trousseau système n’est disponible (%1)&#xa0;: les mots de passe ne peuvent pas être mémorisés. Tapez le mot de passe à chaque connexion, ou gardez-le dans ~/.pgpass (mode 0600).</translation>
    </message>
    <message>
        <source>The password written in the connection string of &quot;%1&quot; was removed from it before saving and is not stored anywhere.</source>
        <translation>Le mot de passe écrit dans la chaîne de connexion de «&#xa0;%1&#xa0;» en a été retiré avant l’enregistrement et n’est conservé nulle part.</translation>
    </message>
    <message>
        <source>The password written in the connection string of &quot;%1&quot; was removed from it and is now kept in the system keychain.</source>
        <translation>Le mot de passe écrit dans la chaîne de connexion de «&#xa0;%1&#xa0;» en a été retiré et est maintenant conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Mot de passe non mémorisé</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was not saved in the system keychain: %2. You will be asked for it at the next sign-in (or keep it in ~/.pgpass).</source>
        <translation>Le mot de passe de «&#xa0;%1&#xa0;» n’a pas été enregistré dans le trousseau du système&#xa0;: %2. Il vous sera demandé à la prochaine connexion (ou gardez-le dans ~/.pgpass).</translation>
    </message>
    <message>
        <source>%1 was removed from the connection string before saving and is not stored anywhere.</source>
        <translation>%1 a été retiré de la chaîne de connexion avant l’enregistrement et n’est conservé nulle part.</translation>
    </message>
    <message>
        <source>sslmode=%1 (set by %2) may send the password and the data to %3 unencrypted: you will be asked to confirm. Use sslmode=verify-full.</source>
        <translation>sslmode=%1 (défini par %2) peut envoyer le mot de passe et les données à %3 sans chiffrement&#xa0;: une confirmation vous sera demandée. Utilisez sslmode=verify-full.</translation>
    </message>
    <message>
        <source>%1 is reached over the network: the connection uses sslmode=verify-full (encrypted, and the server&apos;s certificate must match its name; give its CA with sslrootcert=… or in ~/.postgresql/root.crt).</source>
        <translation>%1 est joint par le réseau&#xa0;: la connexion utilise sslmode=verify-full (chiffrée, et le certificat du serveur doit correspondre à son nom&#xa0;; indiquez son autorité de certification avec sslrootcert=… ou dans ~/.postgresql/root.crt).</translation>
    </message>
    <message>
        <source>sslmode=%1 encrypts but does not check that %2 is the server you meant: use sslmode=verify-full.</source>
        <translation>sslmode=%1 chiffre, mais ne vérifie pas que %2 est bien le serveur voulu&#xa0;: utilisez sslmode=verify-full.</translation>
    </message>
    <message>
        <source>The password in the connection string is never saved with the connection: saving moves it to the system keychain.</source>
        <translation>Le mot de passe de la chaîne de connexion n’est jamais enregistré avec la connexion&#xa0;: l’enregistrement le déplace dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Give the connection a name so that its password can be remembered.</source>
        <translation>Donnez un nom à la connexion pour que son mot de passe puisse être mémorisé.</translation>
    </message>
    <message>
        <source>Unprotected connection</source>
        <translation>Connexion non protégée</translation>
    </message>
    <message>
        <source>The connection to %1 uses sslmode=%2 (set by %3). With it, your password and everything you read and change could cross the network unencrypted, or reach a server that is not the one you meant.

Use sslmode=verify-full unless you know this network is safe. Connect without this protection?</source>
        <translation>La connexion à %1 utilise sslmode=%2 (défini par %3). Ainsi, votre mot de passe et tout ce que vous consultez et modifiez pourraient traverser le réseau sans chiffrement, ou parvenir à un autre serveur que celui voulu.

Utilisez sslmode=verify-full, sauf si vous savez que ce réseau est sûr. Se connecter sans cette protection&#xa0;?</translation>
    </message>
    <message>
        <source>Connect unprotected</source>
        <translation>Se connecter sans protection</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign in &amp;as</source>
        <translation>Se connecter &amp;en tant que</translation>
    </message>
    <message>
        <source>Another connection</source>
        <translation>Autre connexion</translation>
    </message>
    <message>
        <source>The ledger, statements, T4A overview and dashboards are read from this connection (a read replica), read-only, with the same login and password; every change is still made on the sign-in connection.</source>
        <translation>Le grand livre, les relevés, l’aperçu T4A et les tableaux de bord sont lus sur cette connexion (une réplique en lecture), en lecture seule, avec le même identifiant et le même mot de passe; toute modification se fait toujours sur la connexion d’ouverture de session.</translation>
    </message>
    <message>
        <source>Finance &amp;reports from</source>
        <translation>&amp;Rapports financiers depuis</translation>
    </message>
    <message>
        <source>This connection</source>
        <translation>Cette connexion</translation>
    </message>
    <message>
        <source>Save the connection under a name to read reports from another connection.</source>
        <translation>Enregistrez la connexion sous un nom pour lire les rapports sur une autre connexion.</translation>
    </message>
</context>
<context>
    <name>adesk::ConnectionSettings</name>
    <message>
        <source>The value of %1 may not contain &apos;;&apos;.</source>
        <translation>La valeur de %1 ne peut pas contenir «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>The demo password is accepted only by a database on this computer (a Unix socket or localhost), never by %1: demo logins exist only in the local demo database.</source>
        <translation>Le mot de passe de démonstration n’est accepté que par une base de données sur cet ordinateur (socket Unix ou localhost), jamais par %1&#xa0;: les comptes de démonstration n’existent que dans la base de démonstration locale.</translation>
    </message>
    <message>
        <source>The connection to %1 would use sslmode=%2 (set by %3): the password and the data could cross the network unencrypted and unchecked. Use sslmode=verify-full, or confirm that you accept an unprotected connection.</source>
        <translation>La connexion à %1 utiliserait sslmode=%2 (défini par %3)&#xa0;: le mot de passe et les données pourraient traverser le réseau sans chiffrement ni vérification. Utilisez sslmode=verify-full, ou confirmez que vous acceptez une connexion non protégée.</translation>
    </message>
</context>
<context>
    <name>adesk::DecisionPanel</name>
    <message>
        <source>No expiry date</source>
        <translation>Aucune date d’expiration</translation>
    </message>
    <message>
        <source>Document fields</source>
        <translation>Champs du document</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Numéro de permis</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Numéro de police</translation>
    </message>
    <message>
        <source>Coverage amount</source>
        <translation>Montant de la garantie</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d’expiration</translation>
    </message>
    <message>
        <source>Uploaded file</source>
        <translation>Fichier téléversé</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Téléversé le</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Note to the applicant (required to request information or to reject for “Other”)</source>
        <translation>Note au demandeur (obligatoire pour demander des renseignements ou pour refuser avec le motif «&#xa0;Autre&#xa0;»)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Approve (Ctrl+Return)</source>
        <translation>Approuver (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Reject with the chosen reason (Ctrl+Shift+R)</source>
        <translation>Refuser avec le motif choisi (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Request &amp;info</source>
        <translation>&amp;Demander des renseignements</translation>
    </message>
    <message>
        <source>Ask the applicant for more information (Ctrl+Shift+I)</source>
        <translation>Demander des renseignements supplémentaires au demandeur (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Select an item in the queue</source>
        <translation>Sélectionnez un élément dans la file</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · submitted %4</source>
        <translation>%1 · %2 · %3 · soumis le %4</translation>
    </message>
    <message>
        <source>no province</source>
        <translation>aucune province</translation>
    </message>
    <message>
        <source>workshop-affiliated</source>
        <translation>affilié à un atelier</translation>
    </message>
    <message>
        <source>licensed mobile</source>
        <translation>mobile avec permis</translation>
    </message>
    <message>
        <source>virtual only</source>
        <translation>virtuel seulement</translation>
    </message>
    <message>
        <source>Mechanic tier: %1 · compliance: %2 · physical work: %3</source>
        <translation>Niveau du mécanicien&#xa0;: %1 · conformité&#xa0;: %2 · travaux sur place&#xa0;: %3</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisés</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisés</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Aucun fichier joint</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 par %2 le %3</translation>
    </message>
    <message>
        <source>Reason: %1 %2</source>
        <translation>Motif&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Information requested on %1: %2</source>
        <translation>Renseignements demandés le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>✓ matches the uploaded file</source>
        <translation>✓ correspond au fichier téléversé</translation>
    </message>
    <message>
        <source>✗ does NOT match the file&apos;s bytes: do not approve</source>
        <translation>✗ ne correspond PAS au contenu du fichier&#xa0;: n’approuvez pas</translation>
    </message>
    <message>
        <source>The coverage amount is not a valid dollar amount (for example %1).</source>
        <translation>Le montant de la garantie n’est pas un montant en dollars valide (par exemple %1).</translation>
    </message>
    <message>
        <source>Choose a rejection reason first.</source>
        <translation>Choisissez d’abord un motif de refus.</translation>
    </message>
    <message>
        <source>Say what is wrong in the note when the reason is “Other”.</source>
        <translation>Précisez le problème dans la note lorsque le motif est «&#xa0;Autre&#xa0;».</translation>
    </message>
    <message>
        <source>Write in the note what information you need.</source>
        <translation>Indiquez dans la note les renseignements dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Request second approval…</source>
        <translation>Demander une deuxième approbation…</translation>
    </message>
</context>
<context>
    <name>adesk::DemoCluster</name>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Impossible d’exécuter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds.</source>
        <translation>%1 ne s’est pas terminé en %2 secondes.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>Could not create the demo database cluster (initdb failed):
%1</source>
        <translation>Impossible de créer la grappe de bases de données de démonstration (échec d’initdb)&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>The demo database server started but refuses connections: %1</source>
        <translation>Le serveur de la base de démonstration a démarré, mais refuse les connexions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create the demo database: %1</source>
        <translation>Impossible de créer la base de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open the demo database: %1</source>
        <translation>Impossible d’ouvrir la base de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>PostgreSQL server binaries not found under /usr/lib/postgresql: install the postgresql package (initdb and pg_ctl are needed for the demo database).</source>
        <translation>Exécutables du serveur PostgreSQL introuvables sous /usr/lib/postgresql&#xa0;: installez le paquet postgresql (initdb et pg_ctl sont nécessaires pour la base de démonstration).</translation>
    </message>
    <message>
        <source>Running as root needs the runuser command (package util-linux) to start the demo database as the postgres user.</source>
        <translation>L’exécution en tant que root exige la commande runuser (paquet util-linux) pour démarrer la base de démonstration avec l’utilisateur postgres.</translation>
    </message>
    <message>
        <source>The demo database server did not start:
%1
%2</source>
        <translation>Le serveur de la base de démonstration n’a pas démarré&#xa0;:
%1
%2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 is not a readable archive: %2</source>
        <translation>%1 n’est pas une archive lisible : %2</translation>
    </message>
    <message>
        <source>%1 holds no PostgreSQL data directory</source>
        <translation>%1 ne contient aucun répertoire de données PostgreSQL</translation>
    </message>
    <message>
        <source>%1 was made by PostgreSQL %2, the server here is PostgreSQL %3</source>
        <translation>%1 a été créé par PostgreSQL %2, le serveur ici est PostgreSQL %3</translation>
    </message>
</context>
<context>
    <name>adesk::DemoSeeder</name>
    <message>
        <source>seed-demo renders PDF certificates and needs a QGuiApplication (fonts); it was started without one.</source>
        <translation>seed-demo produit des certificats PDF et a besoin d’une QGuiApplication (polices); il a été lancé sans.</translation>
    </message>
    <message>
        <source>The database has no Auto Doctor Desk schema: run `autodoctor-desk migrate` first.</source>
        <translation>La base de données n’a pas de schéma Auto Doctor Desk&#xa0;: exécutez d’abord `autodoctor-desk migrate`.</translation>
    </message>
    <message>
        <source>seed-demo: planned %1 verifications for %2 organizations and %3 mechanics</source>
        <translation>seed-demo&#xa0;: %1 vérifications prévues pour %2 organisations et %3 mécaniciens</translation>
    </message>
    <message>
        <source>seed-demo: rendered %1 documents in %2 ms</source>
        <translation>seed-demo&#xa0;: %1 documents produits en %2 ms</translation>
    </message>
    <message>
        <source>seed-demo: %1 organizations, %2 mechanics, %3 staff logins</source>
        <translation>seed-demo&#xa0;: %1 organisations, %2 mécaniciens, %3 comptes du personnel</translation>
    </message>
    <message>
        <source>seed-demo needs a PostgreSQL connection</source>
        <translation>seed-demo exige une connexion PostgreSQL</translation>
    </message>
    <message>
        <source>seed-demo: loaded %1 verifications and %2 documents in %3 ms</source>
        <translation>seed-demo&#xa0;: %1 vérifications et %2 documents chargés en %3 ms</translation>
    </message>
    <message>
        <source>--scale adds rows to the demo data set: run `migrate` and `seed-demo` first.</source>
        <translation>--scale ajoute des lignes au jeu de données de démonstration&#xa0;: exécutez d’abord `migrate` et `seed-demo`.</translation>
    </message>
    <message>
        <source>--scale adds rows to the demo data set: run `seed-demo` first.</source>
        <translation>--scale ajoute des lignes au jeu de données de démonstration&#xa0;: exécutez d’abord `seed-demo`.</translation>
    </message>
    <message>
        <source>the demo data set has no organizations</source>
        <translation>le jeu de données de démonstration ne contient aucune organisation</translation>
    </message>
    <message>
        <source>seed-demo: scale: added %1 mechanics</source>
        <translation>seed-demo&#xa0;: scale&#xa0;: %1 mécaniciens ajoutés</translation>
    </message>
    <message>
        <source>the demo data set is incomplete (no entities or admins)</source>
        <translation>le jeu de données de démonstration est incomplet (aucune entité ni aucun administrateur)</translation>
    </message>
    <message>
        <source>seed-demo: scale: %1/%2 rows sent (%3 s)</source>
        <translation>seed-demo&#xa0;: scale&#xa0;: %1/%2 lignes envoyées (%3 s)</translation>
    </message>
    <message>
        <source>seed-demo: scale: added %1 verifications in %2 s</source>
        <translation>seed-demo&#xa0;: scale&#xa0;: %1 vérifications ajoutées en %2 s</translation>
    </message>
    <message>
        <source>seed-demo: %1 demo data loaded in %2 ms</source>
        <translation>seed-demo&#xa0;: données de démonstration «&#xa0;%1&#xa0;» chargées en %2 ms</translation>
    </message>
    <message>
        <source>This server accepts connections from other machines (listen_addresses = &apos;%1&apos;). seed-demo creates logins whose password is &quot;%2&quot; only on a server that no other machine can reach (listen_addresses empty or localhost only), such as the embedded demo database (--demo).</source>
        <translation>Ce serveur accepte des connexions d’autres machines (listen_addresses = &apos;%1&apos;). seed-demo ne crée des comptes dont le mot de passe est «&#xa0;%2&#xa0;» que sur un serveur qu’aucune autre machine ne peut joindre (listen_addresses vide ou localhost seulement), comme la base de démonstration intégrée (--demo).</translation>
    </message>
    <message>
        <source>The database already holds %1 and %2; the demo data set is only loaded into an empty database. Use --scale N to add benchmark rows to a demo database.</source>
        <translation>La base de données contient déjà %1 et %2; le jeu de données de démonstration ne se charge que dans une base vide. Utilisez --scale N pour ajouter des lignes d’essai de performance à une base de démonstration.</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mechanic(s)</source>
        <translation>
            <numerusform>%n mécanicien</numerusform>
            <numerusform>%n mécaniciens</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo&apos;s history is loaded after its core data set, which this database does not hold: run seed-demo.</source>
        <translation>L&apos;historique de la démo se charge après ses données de base, absentes de cette base&#xa0;: lancez seed-demo.</translation>
    </message>
    <message>
        <source>seed-demo: the demo&apos;s history loaded in %1 ms</source>
        <translation>seed-demo&#xa0;: historique de la démo chargé en %1 ms</translation>
    </message>
</context>
<context>
    <name>adesk::DirectoryModel</name>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Prov.</source>
        <translation>Prov.</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <source>Mechanics</source>
        <translation>Mécaniciens</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>adesk::DocumentBanner</name>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Document password</source>
        <translation>Mot de passe du document</translation>
    </message>
</context>
<context>
    <name>adesk::DocumentSearchBar</name>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
</context>
<context>
    <name>adesk::DocumentView</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Vignettes des pages</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Pages du document</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Ajuster à la page</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Rotate Left</source>
        <translation>Pivoter à gauche</translation>
    </message>
    <message>
        <source>⟲</source>
        <translation>⟲</translation>
    </message>
    <message>
        <source>Rotate Right</source>
        <translation>Pivoter à droite</translation>
    </message>
    <message>
        <source>⟳</source>
        <translation>⟳</translation>
    </message>
    <message>
        <source>Show Thumbnails</source>
        <translation>Afficher les vignettes</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Ouverture du document…</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Ouverture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The document could not be loaded: %1</source>
        <translation>Impossible de charger le document&#xa0;: %1</translation>
    </message>
    <message>
        <source>This document is protected by a password.</source>
        <translation>Ce document est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>“%1” is protected by a password.</source>
        <translation>«&#xa0;%1&#xa0;» est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>The password is incorrect. Try again.</source>
        <translation>Le mot de passe est incorrect. Réessayez.</translation>
    </message>
    <message>
        <source>The document could not be loaded: the file is damaged or incomplete.</source>
        <translation>Impossible de charger le document&#xa0;: le fichier est endommagé ou incomplet.</translation>
    </message>
    <message>
        <source>The document could not be loaded: the file is empty.</source>
        <translation>Impossible de charger le document&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>The document could not be loaded: this file type is not supported. Only PDF, JPEG and PNG files can be shown.</source>
        <translation>Impossible de charger le document&#xa0;: ce type de fichier n’est pas pris en charge. Seuls les fichiers PDF, JPEG et PNG peuvent être affichés.</translation>
    </message>
    <message>
        <source>This document could not be displayed safely: it needs more than %1 MB of memory.</source>
        <translation>Ce document ne peut pas être affiché en toute sécurité&#xa0;: il lui faut plus de %1&#xa0;Mo de mémoire.</translation>
    </message>
    <message>
        <source>This document could not be displayed safely: it needs more than %1 s to display.</source>
        <translation>Ce document ne peut pas être affiché en toute sécurité&#xa0;: il lui faut plus de %1&#xa0;s pour s’afficher.</translation>
    </message>
    <message>
        <source>This document could not be displayed safely: the document reader (autodoctor-desk-render) is missing or could not start.</source>
        <translation>Ce document ne peut pas être affiché en toute sécurité&#xa0;: le lecteur de documents (autodoctor-desk-render) est absent ou n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>This document could not be displayed safely: the document reader stopped on it.</source>
        <translation>Ce document ne peut pas être affiché en toute sécurité&#xa0;: le lecteur de documents s’est arrêté sur ce fichier.</translation>
    </message>
    <message>
        <source>The document could not be loaded: it is too large to display safely.</source>
        <translation>Impossible de charger le document&#xa0;: il est trop volumineux pour être affiché en toute sécurité.</translation>
    </message>
    <message>
        <source>The document could not be loaded: the file is missing.</source>
        <translation>Impossible de charger le document&#xa0;: le fichier est introuvable.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 de %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>adesk::EarningsController</name>
    <message>
        <source>Split</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Payout batch #%1 scheduled.</source>
        <translation>Lot de versements nº %1 planifié.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n ligne exportée dans %1.</numerusform>
            <numerusform>%n lignes exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Grand livre</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Relevé mensuel</translation>
    </message>
    <message>
        <source>%1 has no statement for this month.</source>
        <translation>%1 n’a aucun relevé mensuel pour ce mois.</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Relevés mensuels</translation>
    </message>
    <message>
        <source>Statements cancelled.</source>
        <translation>Production des relevés annulée.</translation>
    </message>
    <message numerus="yes">
        <source>Statements cancelled after %n file(s).</source>
        <translation>
            <numerusform>Production des relevés annulée après %n fichier.</numerusform>
            <numerusform>Production des relevés annulée après %n fichiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) saved, and the combined PDF %1.</source>
        <translation>
            <numerusform>%n relevé enregistré, ainsi que le PDF combiné %1.</numerusform>
            <numerusform>%n relevés enregistrés, ainsi que le PDF combiné %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee rules</source>
        <translation>Règles de frais</translation>
    </message>
    <message>
        <source>Only finance may change platform fees. Nothing was changed.</source>
        <translation>Seule l’équipe des finances peut modifier les frais de plateforme. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The fee was not changed: %1</source>
        <translation>Les frais n’ont pas été modifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The fee rule being replaced no longer exists. Nothing was changed; the list has been reloaded.</source>
        <translation>La règle de frais remplacée n’existe plus. Rien n’a été modifié; la liste a été rechargée.</translation>
    </message>
    <message>
        <source>Someone else changed this fee rule first. Nothing was changed; the list has been reloaded: check it and try again.</source>
        <translation>Quelqu’un d’autre a modifié cette règle de frais avant vous. Rien n’a été modifié; la liste a été rechargée&#xa0;: vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>New fee version #%1 saved: %2 from %3.</source>
        <translation>Nouvelle version de frais no&#xa0;%1 enregistrée&#xa0;: %2 à compter du %3.</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>Frais de plateforme</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>No completed event of this month is missing from the ledger.</source>
        <translation>Aucun événement terminé de ce mois ne manque au grand livre.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) posted to the ledger</source>
        <translation>
            <numerusform>%n événement inscrit au grand livre</numerusform>
            <numerusform>%n événements inscrits au grand livre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already posted</source>
        <translation>
            <numerusform>%n déjà inscrit</numerusform>
            <numerusform>%n déjà inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (the reason is in the Detail column)</source>
        <translation>
            <numerusform>%n refusé (la raison figure dans la colonne Détail)</numerusform>
            <numerusform>%n refusés (la raison figure dans la colonne Détail)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped with %n not tried</source>
        <translation>
            <numerusform>arrêté avec %n non tenté</numerusform>
            <numerusform>arrêté avec %n non tentés</numerusform>
        </translation>
    </message>
    <message>
        <source>Void charge</source>
        <translation>Annuler les frais</translation>
    </message>
    <message>
        <source>%1 #%2 was voided before; nothing changed.</source>
        <translation>%1 nº %2 avait déjà été annulé&#xa0;; rien n’a changé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 #%2 voided: %n reversal row(s) posted.</source>
        <translation>
            <numerusform>%1 nº %2 annulé&#xa0;: %n ligne de contrepassation inscrite.</numerusform>
            <numerusform>%1 nº %2 annulé&#xa0;: %n lignes de contrepassation inscrites.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::EarningsPane</name>
    <message>
        <source>All months</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>All payees</source>
        <translation>Tous les bénéficiaires</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Toutes les écritures</translation>
    </message>
    <message>
        <source>Any payout status</source>
        <translation>Tout statut de versement</translation>
    </message>
    <message>
        <source>Virtual and physical</source>
        <translation>Virtuel et sur place</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtuel</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Exporter le grand livre</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Grand livre</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Relevés mensuels</translation>
    </message>
    <message>
        <source>Double-click a total to see its rows</source>
        <translation>Double-cliquez sur un total pour en voir les lignes</translation>
    </message>
    <message>
        <source>Select a row to see the split of its event.</source>
        <translation>Sélectionnez une ligne pour voir le partage de son événement.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>GST/HST</source>
        <translation>TPS/TVH</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Versement</translation>
    </message>
    <message>
        <source>Platform revenue by month</source>
        <translation>Revenus de la plateforme par mois</translation>
    </message>
    <message>
        <source>Choose a payee to see 12 months of earnings</source>
        <translation>Choisissez un bénéficiaire pour voir 12 mois de revenus</translation>
    </message>
    <message>
        <source>Choose a month and reconcile.</source>
        <translation>Choisissez un mois et effectuez le rapprochement.</translation>
    </message>
    <message>
        <source>Reconcile month</source>
        <translation>Rapprocher le mois</translation>
    </message>
    <message>
        <source>Schedule payouts…</source>
        <translation>Planifier les versements…</translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation>Marquer comme payé…</translation>
    </message>
    <message>
        <source>Mark failed…</source>
        <translation>Marquer comme échoué…</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reference / reason</source>
        <translation>Référence / motif</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marquer comme payé</translation>
    </message>
    <message>
        <source>Processor reference:</source>
        <translation>Référence du processeur de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation>Marquer comme échoué</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Statements are issued per mechanic and per workshop for the month chosen above, in the payee&apos;s language (French for Quebec).</source>
        <translation>Les relevés mensuels sont produits par mécanicien et par atelier pour le mois choisi ci-dessus, dans la langue du bénéficiaire (en français pour le Québec).</translation>
    </message>
    <message>
        <source>Preview and print the payee&apos;s statement…</source>
        <translation>Prévisualiser et imprimer le relevé mensuel du bénéficiaire…</translation>
    </message>
    <message>
        <source>Save all statements of the month…</source>
        <translation>Enregistrer tous les relevés mensuels du mois…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose a payee in the filter bar first.</source>
        <translation>Choisissez d’abord un bénéficiaire dans la barre de filtres.</translation>
    </message>
    <message>
        <source>Save the statements in</source>
        <translation>Enregistrer les relevés mensuels dans</translation>
    </message>
    <message>
        <source>Workshop: %1</source>
        <translation>Atelier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mechanic: %1</source>
        <translation>Mécanicien&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 #%2: gross %3, parts add up to %4</source>
        <translation>%1 nº %2&#xa0;: montant brut %3, total des parts %4</translation>
    </message>
    <message>
        <source>Platform revenue by month (virtual vs physical)</source>
        <translation>Revenus de la plateforme par mois (virtuel et sur place)</translation>
    </message>
    <message>
        <source>%1: net earnings, last 12 months</source>
        <translation>%1&#xa0;: revenus nets des 12 derniers mois</translation>
    </message>
    <message>
        <source>No differences: gross = platform + workshops + mechanics + referrals for every event, and payouts match the ledger.</source>
        <translation>Aucun écart&#xa0;: brut = plateforme + ateliers + mécaniciens + recommandations pour chaque événement, et les versements concordent avec le grand livre.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) to resolve.</source>
        <translation>
            <numerusform>%n écart à régler.</numerusform>
            <numerusform>%n écarts à régler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement — %1</source>
        <translation>Relevé mensuel — %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Fee rules</source>
        <translation>Règles de frais</translation>
    </message>
    <message>
        <source>Platform fee on your sessions: %1 (rule “%2”, since %3)</source>
        <translation>Frais de plateforme sur vos séances&#xa0;: %1 (règle «&#xa0;%2&#xa0;», depuis le %3)</translation>
    </message>
    <message>
        <source>Platform fee on the sessions of %1: %2 (rule “%3”, since %4)</source>
        <translation>Frais de plateforme sur les séances de %1&#xa0;: %2 (règle «&#xa0;%3&#xa0;», depuis le %4)</translation>
    </message>
    <message>
        <source>— until %1; a new version follows.</source>
        <translation>— jusqu’au %1; une nouvelle version suit.</translation>
    </message>
    <message>
        <source>Void charge…</source>
        <translation>Annuler les frais…</translation>
    </message>
    <message>
        <source>Cancel the selected bay rental or membership charge with a reversal entry (a reason is required)</source>
        <translation>Annuler les frais de location de baie ou d’abonnement choisis par une écriture de contrepassation (une raison est exigée)</translation>
    </message>
    <message>
        <source>Void charge</source>
        <translation>Annuler les frais</translation>
    </message>
    <message>
        <source>Why is %1 #%2 voided? (required)</source>
        <translation>Pourquoi annuler %1 nº %2&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <source>A charge is voided only with a reason.</source>
        <translation>Des frais ne sont annulés qu’avec une raison.</translation>
    </message>
    <message>
        <source>Post selected</source>
        <translation>Inscrire la sélection</translation>
    </message>
    <message>
        <source>Post the selected completed events that are missing from the ledger</source>
        <translation>Inscrire les événements terminés choisis qui manquent au grand livre</translation>
    </message>
    <message>
        <source>Post all missing</source>
        <translation>Inscrire tous les manquants</translation>
    </message>
    <message>
        <source>Post every completed event of the month that is missing from the ledger</source>
        <translation>Inscrire chaque événement terminé du mois qui manque au grand livre</translation>
    </message>
    <message>
        <source>Stop posting</source>
        <translation>Arrêter l’inscription</translation>
    </message>
    <message>
        <source>Select sessions or escalated repairs missing from the ledger (reconcile the month first).</source>
        <translation>Choisissez des séances ou des réparations transférées absentes du grand livre (rapprochez d’abord le mois).</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 événements sur %2</translation>
    </message>
    <message numerus="yes">
        <source>No differences in the ledger; %n failed payout(s) below, their rows scheduled again in a later batch.</source>
        <translation>
            <numerusform>Aucun écart dans le grand livre. %n versement échoué ci-dessous, ses lignes reportées dans un lot suivant.</numerusform>
            <numerusform>Aucun écart dans le grand livre. %n versements échoués ci-dessous, leurs lignes reportées dans un lot suivant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::EarningsRepository</name>
    <message>
        <source>%1 #%2 is a charge: it is billed by the month&apos;s charge run.</source>
        <translation>%1 nº %2 est un frais&#xa0;: il est facturé par la facturation du mois.</translation>
    </message>
    <message>
        <source>no posting returned</source>
        <translation>aucune inscription retournée</translation>
    </message>
    <message>
        <source>%1 #%2 is not a charge; only bay rental and membership charges are voided.</source>
        <translation>%1 nº %2 n’est pas un frais&#xa0;; seuls les frais de location de baie et d’abonnement sont annulés.</translation>
    </message>
</context>
<context>
    <name>adesk::ExpiryBoardModel</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dans %n jour</numerusform>
            <numerusform>Dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 d (%2)</source>
        <translation>%1 j (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Physical work</source>
        <translation>Travail sur place</translation>
    </message>
    <message>
        <source>Physical repairs at the workshop</source>
        <translation>Réparations sur place à l’atelier</translation>
    </message>
    <message>
        <source>Requested or confirmed bookings starting after the expiry date</source>
        <translation>Réservations demandées ou confirmées commençant après la date d’expiration</translation>
    </message>
    <message>
        <source>Active partnerships running past the expiry date</source>
        <translation>Partenariats actifs qui se poursuivent après la date d’expiration</translation>
    </message>
    <message>
        <source>Reminders sent at 60, 30 and 7 days before expiry (date sent)</source>
        <translation>Rappels envoyés 60, 30 et 7 jours avant l’expiration (date d’envoi)</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Prov.</source>
        <translation>Prov.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Withdraws</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation>Rappels envoyés</translation>
    </message>
</context>
<context>
    <name>adesk::ExpiryController</name>
    <message>
        <source>Transition period created.</source>
        <translation>Période de transition créée.</translation>
    </message>
</context>
<context>
    <name>adesk::ExpiryPane</name>
    <message>
        <source>Within:</source>
        <translation>D’ici&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Every entity</source>
        <translation>Toutes les entités</translation>
    </message>
    <message>
        <source>Every province</source>
        <translation>Toutes les provinces</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>À échéance</translation>
    </message>
    <message>
        <source>&amp;New transition…</source>
        <translation>&amp;Nouvelle transition…</translation>
    </message>
    <message>
        <source>Transition:</source>
        <translation>Transition&#xa0;:</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) expiring within the period</source>
        <translation>
            <numerusform>%n document arrivant à échéance dans la période</numerusform>
            <numerusform>%n documents arrivant à échéance dans la période</numerusform>
        </translation>
    </message>
    <message>
        <source> — physical work withdrawn for %1, %2 booking(s) and %3 partnership(s) at risk.</source>
        <translation> — travail sur place retiré pour %1, %2 réservation(s) et %3 partenariat(s) menacés.</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (depuis le %2)</translation>
    </message>
    <message>
        <source>Started %1. Service tier to be chosen by %2; documents due by %3.</source>
        <translation>Commencée le %1. Niveau de service à choisir d’ici le %2&#xa0;; documents dus d’ici le %3.</translation>
    </message>
    <message>
        <source>No transition period yet: create one.</source>
        <translation>Aucune période de transition pour l’instant&#xa0;: créez-en une.</translation>
    </message>
    <message>
        <source>New transition period</source>
        <translation>Nouvelle période de transition</translation>
    </message>
    <message>
        <source>Service tier transition</source>
        <translation>Transition des niveaux de service</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Service tier chosen by:</source>
        <translation>Niveau de service choisi d’ici le&#xa0;:</translation>
    </message>
    <message>
        <source>Documents submitted by:</source>
        <translation>Documents soumis d’ici le&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>adesk::FeeRuleDialog</name>
    <message>
        <source>all workshops</source>
        <translation>tous les ateliers</translation>
    </message>
    <message>
        <source>New version of a platform fee</source>
        <translation>Nouvelle version de frais de plateforme</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3: %4 since %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3&#xa0;: %4 depuis le %5.</translation>
    </message>
    <message>
        <source>Custom platform fee for a workshop</source>
        <translation>Frais de plateforme personnalisés d’un atelier</translation>
    </message>
    <message>
        <source>The fee on the sessions this workshop serves, instead of the general rule.</source>
        <translation>Les frais sur les séances que cet atelier assure, au lieu de la règle générale.</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Atelier&#xa0;:</translation>
    </message>
    <message>
        <source>Platform &amp;fee:</source>
        <translation>&amp;Frais de plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Effective &amp;from:</source>
        <translation>À &amp;compter du&#xa0;:</translation>
    </message>
    <message>
        <source>Why the fee changes (kept in the audit log)</source>
        <translation>Pourquoi les frais changent (conservé au journal d’audit)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Save the new version</source>
        <translation>Enregistrer la nouvelle version</translation>
    </message>
    <message>
        <source>Current custom fee: %1 since %2 (rule “%3”).</source>
        <translation>Frais personnalisés actuels&#xa0;: %1 depuis le %2 (règle «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>No custom fee yet: the general rules apply to this workshop.</source>
        <translation>Pas encore de frais personnalisés&#xa0;: les règles générales s’appliquent à cet atelier.</translation>
    </message>
    <message>
        <source>The new version must start after the current one (%1).</source>
        <translation>La nouvelle version doit commencer après la version actuelle (%1).</translation>
    </message>
    <message>
        <source>From %1 the fee is %2; the current version (%3) applies until %4. Past events keep the fee of their date.</source>
        <translation>À compter du %1, les frais sont de %2; la version actuelle (%3) s’applique jusqu’au %4. Les événements passés gardent les frais de leur date.</translation>
    </message>
    <message>
        <source>From %1 the fee on this workshop&apos;s sessions is %2.</source>
        <translation>À compter du %1, les frais sur les séances de cet atelier sont de %2.</translation>
    </message>
    <message>
        <source>Give the reason for the change first.</source>
        <translation>Indiquez d’abord le motif du changement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3: %4 from %5 (scheduled).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3&#xa0;: %4 à compter du %5 (prévu).</translation>
    </message>
    <message>
        <source>Custom fee scheduled: %1 from %2 (rule “%3”).</source>
        <translation>Frais personnalisés prévus&#xa0;: %1 à compter du %2 (règle «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>From %1 the fee is %2; the version scheduled from %3 (%4) applies until %5.</source>
        <translation>À compter du %1, les frais sont de %2; la version prévue à compter du %3 (%4) s’applique jusqu’au %5.</translation>
    </message>
</context>
<context>
    <name>adesk::FeeRuleModel</name>
    <message>
        <source>Version %1, written by %2: %3</source>
        <translation>Version %1, écrite par %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Last day in effect; the next version starts on %1.</source>
        <translation>Dernier jour en vigueur; la version suivante commence le %1.</translation>
    </message>
    <message>
        <source>In effect until a new version replaces it.</source>
        <translation>En vigueur jusqu’à ce qu’une nouvelle version la remplace.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Tous les ateliers</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigueur du</translation>
    </message>
    <message>
        <source>Effective until</source>
        <translation>En vigueur jusqu’au</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>adesk::FeeRulesPanel</name>
    <message>
        <source>Current and scheduled versions</source>
        <translation>Versions en vigueur et à venir</translation>
    </message>
    <message>
        <source>Every version (history)</source>
        <translation>Toutes les versions (historique)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Rule or workshop</source>
        <translation>Règle ou atelier</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nouvelle version…</translation>
    </message>
    <message>
        <source>Custom fee for a workshop…</source>
        <translation>Frais personnalisés d’un atelier…</translation>
    </message>
    <message numerus="yes">
        <source>%n rule version(s) in effect or scheduled, %1 in the history. A new version starts today or later and ends the one it replaces the day before: past events keep the fee of their date. Every change is audited.</source>
        <translation>
            <numerusform>%n version de règle en vigueur ou à venir, %1 dans l’historique. Une nouvelle version commence aujourd’hui ou plus tard, et celle qu’elle remplace prend fin la veille&#xa0;: les événements passés gardent les frais de leur date. Chaque changement est consigné au journal d’audit.</numerusform>
            <numerusform>%n versions de règles en vigueur ou à venir, %1 dans l’historique. Une nouvelle version commence aujourd’hui ou plus tard, et celle qu’elle remplace prend fin la veille&#xa0;: les événements passés gardent les frais de leur date. Chaque changement est consigné au journal d’audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the rule to change first.</source>
        <translation>Sélectionnez d’abord la règle à changer.</translation>
    </message>
    <message>
        <source>Write a new version of “%1” from a date you choose.</source>
        <translation>Écrire une nouvelle version de «&#xa0;%1&#xa0;» à compter de la date de votre choix.</translation>
    </message>
    <message>
        <source>This version is inactive: it applies to nothing.</source>
        <translation>Cette version est inactive&#xa0;: elle ne s’applique à rien.</translation>
    </message>
    <message>
        <source>A later version is already scheduled: select it to change the fee.</source>
        <translation>Une version ultérieure est déjà prévue&#xa0;: sélectionnez-la pour changer les frais.</translation>
    </message>
    <message>
        <source>This version has ended: select the version in effect.</source>
        <translation>Cette version a pris fin&#xa0;: sélectionnez la version en vigueur.</translation>
    </message>
</context>
<context>
    <name>adesk::HistoryPanel</name>
    <message>
        <source>&amp;Flag as potentially edited…</source>
        <translation>&amp;Signaler comme possiblement modifié…</translation>
    </message>
    <message>
        <source>Earlier &amp;submission:</source>
        <translation>&amp;Soumission précédente&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>Celle-ci</translation>
    </message>
    <message>
        <source>⚑ Flagged as potentially edited (%1). A second admin allowed approving it.</source>
        <translation>⚑ Signalé comme possiblement modifié (%1). Un deuxième administrateur a permis de l’approuver.</translation>
    </message>
    <message>
        <source>⚑ Flagged as potentially edited (%1). Approving needs a second admin.</source>
        <translation>⚑ Signalé comme possiblement modifié (%1). L’approbation exige un deuxième administrateur.</translation>
    </message>
    <message>
        <source>%1, %2 (#%3)</source>
        <translation>%1, %2 (nº %3)</translation>
    </message>
    <message>
        <source>No earlier submission</source>
        <translation>Aucune soumission précédente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Numéro de permis</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Numéro de police</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>Flag as potentially edited</source>
        <translation>Signaler comme possiblement modifié</translation>
    </message>
    <message>
        <source>What suggests the document was edited? Approving it will then need a second admin.</source>
        <translation>Qu’est-ce qui laisse croire que le document a été modifié? Son approbation exigera alors un deuxième administrateur.</translation>
    </message>
</context>
<context>
    <name>adesk::InvitationModel</name>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>adesk::Keychain</name>
    <message>
        <source>no keychain service (Secret Service or KWallet) is running</source>
        <translation>aucun service de trousseau (Secret Service ou KWallet) n’est en marche</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>l’accès au trousseau a été refusé</translation>
    </message>
    <message>
        <source>no keychain service (Secret Service or KWallet) answered</source>
        <translation>aucun service de trousseau (Secret Service ou KWallet) n’a répondu</translation>
    </message>
</context>
<context>
    <name>adesk::KpiDashboardPane</name>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart</source>
        <translation>Afficher les chiffres derrière le graphique</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the numbers of this tab (tab-separated)</source>
        <translation>Copier les chiffres de cet onglet (séparés par des tabulations)</translation>
    </message>
    <message>
        <source>Turnaround</source>
        <translation>Délai de décision</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Soumissions</translation>
    </message>
    <message>
        <source>Service tiers</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Chargement des chiffres…</translation>
    </message>
    <message>
        <source>%1 to %2, as of %3</source>
        <translation>De %1 à %2, au %3</translation>
    </message>
    <message>
        <source>Copied the numbers of &quot;%1&quot;.</source>
        <translation>Chiffres de « %1 » copiés.</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>Délai médian de décision</translation>
    </message>
    <message>
        <source>Target: under 48 h</source>
        <translation>Cible : moins de 48 h</translation>
    </message>
    <message>
        <source>Workshop-affiliated mechanics</source>
        <translation>Mécaniciens affiliés à un atelier</translation>
    </message>
    <message>
        <source>Target: more than %1</source>
        <translation>Cible : plus de %1</translation>
    </message>
    <message>
        <source>Virtual sessions</source>
        <translation>Séances virtuelles</translation>
    </message>
    <message>
        <source>Target: more than %1 a month</source>
        <translation>Cible : plus de %1 par mois</translation>
    </message>
    <message>
        <source>Mechanic retention</source>
        <translation>Rétention des mécaniciens</translation>
    </message>
    <message>
        <source>Target: %1 % or more</source>
        <translation>Cible : %1 % ou plus</translation>
    </message>
    <message>
        <source>Platform revenue</source>
        <translation>Revenus de la plateforme</translation>
    </message>
    <message>
        <source>Target: %1 a month</source>
        <translation>Cible : %1 par mois</translation>
    </message>
    <message>
        <source>Verifications submitted</source>
        <translation>Vérifications soumises</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>now</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Cible atteinte</translation>
    </message>
    <message>
        <source>Target not met</source>
        <translation>Cible non atteinte</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>Time from submission to decision (hours)</source>
        <translation>Délai entre la soumission et la décision (heures)</translation>
    </message>
    <message>
        <source>Target: 48 h</source>
        <translation>Cible : 48 h</translation>
    </message>
    <message>
        <source>Pending at the end of the week</source>
        <translation>En attente en fin de semaine</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumises</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidées</translation>
    </message>
    <message>
        <source>Review queue size, by week</source>
        <translation>Taille de la file de vérification, par semaine</translation>
    </message>
    <message>
        <source>Verifications submitted and decided, by week</source>
        <translation>Vérifications soumises et décidées, par semaine</translation>
    </message>
    <message>
        <source>Mechanics</source>
        <translation>Mécaniciens</translation>
    </message>
    <message>
        <source>Mechanics by service tier, now</source>
        <translation>Mécaniciens par niveau de service, aujourd’hui</translation>
    </message>
    <message>
        <source>Target: 100 workshop-affiliated</source>
        <translation>Cible : 100 affiliés à un atelier</translation>
    </message>
    <message>
        <source>Workshop visits</source>
        <translation>Visites en atelier</translation>
    </message>
    <message>
        <source>Completed sessions by month</source>
        <translation>Séances terminées par mois</translation>
    </message>
    <message>
        <source>Target: 500 virtual sessions</source>
        <translation>Cible : 500 séances virtuelles</translation>
    </message>
    <message>
        <source>Mechanics active the month before and again this month (%)</source>
        <translation>Mécaniciens actifs le mois précédent et de nouveau ce mois-ci (%)</translation>
    </message>
    <message>
        <source>Target: 80 %</source>
        <translation>Cible : 80 %</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Other bookings</source>
        <translation>Autres réservations</translation>
    </message>
    <message>
        <source>Bay bookings across workshops (utilization: Numbers)</source>
        <translation>Réservations de baies, tous ateliers (utilisation : Chiffres)</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtuel</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physique</translation>
    </message>
    <message>
        <source>Platform revenue by service tier</source>
        <translation>Revenus de la plateforme par niveau de service</translation>
    </message>
</context>
<context>
    <name>adesk::KpiTableModel</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Median (h)</source>
        <translation>Médiane (h)</translation>
    </message>
    <message>
        <source>90th percentile (h)</source>
        <translation>90e centile (h)</translation>
    </message>
    <message>
        <source>Within 48 h</source>
        <translation>En 48 h ou moins</translation>
    </message>
    <message>
        <source>Share within 48 h</source>
        <translation>Part en moins de 48 h</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumises</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidées</translation>
    </message>
    <message>
        <source>Pending at the end</source>
        <translation>En attente à la fin</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Mechanics</source>
        <translation>Mécaniciens</translation>
    </message>
    <message>
        <source>Allowed physical work</source>
        <translation>Travail physique permis</translation>
    </message>
    <message>
        <source>Compliance approved</source>
        <translation>Conformité approuvée</translation>
    </message>
    <message>
        <source>Virtual sessions</source>
        <translation>Séances virtuelles</translation>
    </message>
    <message>
        <source>Workshop visits</source>
        <translation>Visites en atelier</translation>
    </message>
    <message>
        <source>Active mechanics</source>
        <translation>Mécaniciens actifs</translation>
    </message>
    <message>
        <source>Active the month before</source>
        <translation>Actifs le mois précédent</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Toujours actifs</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <source>Booked hours</source>
        <translation>Heures réservées</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtuel</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physique</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Virtual only</source>
        <translation>Virtuel seulement</translation>
    </message>
    <message>
        <source>Workshop-affiliated</source>
        <translation>Affilié à un atelier</translation>
    </message>
    <message>
        <source>Licensed mobile</source>
        <translation>Mobile avec permis</translation>
    </message>
</context>
<context>
    <name>adesk::LaggardModel</name>
    <message>
        <source>Due today</source>
        <translation>Dû aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen on %1</source>
        <translation>Choisi le %1</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>non choisi</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>Prov.</source>
        <translation>Prov.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Retard</translation>
    </message>
</context>
<context>
    <name>adesk::LeadModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Transmise par</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>adesk::LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>GST/HST</source>
        <translation>TPS/TVH</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Versement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Rule #%1</source>
        <translation>Règle nº %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agreement #%1</source>
        <translation>Entente nº %1</translation>
    </message>
    <message>
        <source>Partnership #%1 commission</source>
        <translation>Commission du partenariat nº %1</translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Monthly charge</source>
        <translation>Frais mensuels</translation>
    </message>
</context>
<context>
    <name>adesk::LedgerTotalsModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>GST/HST</source>
        <translation>TPS/TVH</translation>
    </message>
</context>
<context>
    <name>adesk::LiveRequestsModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation>%1 (%2 ouvertes)</translation>
    </message>
    <message>
        <source>Waiting past its window</source>
        <translation>En attente après sa fenêtre</translation>
    </message>
    <message>
        <source>Request #</source>
        <translation>Demande nº</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Area (FSA)</source>
        <translation>Secteur (RTA)</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Fallback taken</source>
        <translation>Solution de repli</translation>
    </message>
</context>
<context>
    <name>adesk::MainWindow</name>
    <message>
        <source>Auto Doctor Desk — %1 (%2)</source>
        <translation>Auto Doctor Desk — %1 (%2)</translation>
    </message>
    <message>
        <source>Compliance review</source>
        <translation>Vérification de conformité</translation>
    </message>
    <message>
        <source>Compliance documents</source>
        <translation>Documents de conformité</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Signed in as %1. Your role has no panes in this release yet.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue&lt;/h2&gt;&lt;p&gt;Connecté en tant que %1. Votre rôle n’a encore aucun volet dans cette version.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>● Connected as %1 (%2)</source>
        <translation>● Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>● Connection lost, reconnecting…</source>
        <translation>● Connexion perdue, reconnexion en cours…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Auto Doctor Desk</source>
        <translation>À &amp;propos d’Auto Doctor Desk</translation>
    </message>
    <message>
        <source>About Auto Doctor Desk</source>
        <translation>À propos d’Auto Doctor Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Auto Doctor Desk %1&lt;/h3&gt;&lt;p&gt;The back office of The Auto Doctor: compliance review, bays, partnerships, earnings and T4A.&lt;/p&gt;&lt;p&gt;Connected to: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Auto Doctor Desk %1&lt;/h3&gt;&lt;p&gt;Le bureau administratif de The Auto Doctor&#xa0;: vérification de conformité, baies, partenariats, revenus et feuillets T4A.&lt;/p&gt;&lt;p&gt;Connecté à&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&lt;p&gt;These edits are not saved:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Save them, discard them, or cancel and keep working?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ces modifications ne sont pas enregistrées&#xa0;:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Les enregistrer, les abandonner, ou annuler et continuer à travailler&#xa0;?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saving your edits; sign out or quit again once they are saved.</source>
        <translation>Enregistrement de vos modifications&#xa0;: déconnectez-vous ou quittez de nouveau une fois qu’elles sont enregistrées.</translation>
    </message>
    <message>
        <source>Some edits cannot be saved as they are: correct them first.</source>
        <translation>Certaines modifications ne peuvent pas être enregistrées telles quelles&#xa0;: corrigez-les d’abord.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Platform admin — Amira Patel</source>
        <translation>Administratrice de la plateforme — Amira Patel</translation>
    </message>
    <message>
        <source>Second platform admin — Étienne Dubois</source>
        <translation>Deuxième administrateur de la plateforme — Étienne Dubois</translation>
    </message>
    <message>
        <source>Finance — Rachel Goldberg</source>
        <translation>Finances — Rachel Goldberg</translation>
    </message>
    <message>
        <source>Workshop owner, Toronto — Daniel Okafor</source>
        <translation>Propriétaire d&apos;atelier, Toronto — Daniel Okafor</translation>
    </message>
    <message>
        <source>Workshop owner, Montréal — Isabelle Gagnon</source>
        <translation>Propriétaire d&apos;atelier, Montréal — Isabelle Gagnon</translation>
    </message>
    <message>
        <source>Sign in &amp;as</source>
        <translation>Se connecter &amp;en tant que</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d’outils</translation>
    </message>
    <message>
        <source>Pane toolbar</source>
        <translation>Barre d’outils du volet</translation>
    </message>
    <message>
        <source>● Signing in as %1…</source>
        <translation>● Connexion en tant que %1…</translation>
    </message>
    <message>
        <source>The demo&apos;s history is loading: two years of sessions, payouts, T4A slips, requests and reminders. This tab opens when it is in; the other tabs work meanwhile.</source>
        <translation>L&apos;historique de la démo se charge&#xa0;: deux ans de séances, de paiements, de feuillets T4A, de demandes et de rappels. Cet onglet s&apos;ouvre dès qu&apos;il est chargé&#xa0;; les autres onglets fonctionnent en attendant.</translation>
    </message>
    <message>
        <source>Loading the demo&apos;s history…</source>
        <translation>Chargement de l&apos;historique de la démo…</translation>
    </message>
</context>
<context>
    <name>adesk::MatchingKpiView</name>
    <message>
        <source>Accepted by the top match</source>
        <translation>Acceptées par le meilleur jumelage</translation>
    </message>
    <message>
        <source>Requests that fell back</source>
        <translation>Demandes passées en solution de repli</translation>
    </message>
    <message>
        <source>Average match score</source>
        <translation>Pointage moyen du jumelage</translation>
    </message>
    <message>
        <source>Time to accept (median, 90th percentile)</source>
        <translation>Délai d’acceptation (médiane, 90e centile)</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Cible atteinte</translation>
    </message>
    <message>
        <source>Target not met</source>
        <translation>Cible non atteinte</translation>
    </message>
    <message>
        <source>Target: %1 or more</source>
        <translation>Cible&#xa0;: %1 ou plus</translation>
    </message>
    <message>
        <source>Target: under %1</source>
        <translation>Cible&#xa0;: moins de %1</translation>
    </message>
    <message>
        <source>%1 s, %2 s</source>
        <translation>%1 s, %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1 accepted, over %2 months</source>
        <translation>
            <numerusform>%n demande, %1 acceptée, sur %2 mois</numerusform>
            <numerusform>%n demandes, %1 acceptées, sur %2 mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted by the top match and fallback rate, by month</source>
        <translation>Acceptées par le meilleur jumelage et taux de repli, par mois</translation>
    </message>
    <message>
        <source>Accepted by the top match (target %1)</source>
        <translation>Acceptées par le meilleur jumelage (cible %1)</translation>
    </message>
    <message>
        <source>Fell back (target under %1)</source>
        <translation>Repli (cible&#xa0;: moins de %1)</translation>
    </message>
</context>
<context>
    <name>adesk::MatchingPane</name>
    <message>
        <source>Live requests</source>
        <translation>Demandes en cours</translation>
    </message>
    <message>
        <source>Matching rules</source>
        <translation>Règles de jumelage</translation>
    </message>
    <message>
        <source>Requests waiting for a mechanic, and those of the last 24 hours. Refreshed every 10 seconds; the customer appears only as the area of their postal code.</source>
        <translation>Demandes en attente d’un mécanicien et celles des dernières 24 heures. Actualisé toutes les 10 secondes; le client n’apparaît que par le secteur de son code postal.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh now (F5)</source>
        <translation>Actualiser maintenant (F5)</translation>
    </message>
    <message>
        <source>Select a request to see who was offered it, and why.</source>
        <translation>Sélectionnez une demande pour voir à qui elle a été offerte, et pourquoi.</translation>
    </message>
    <message>
        <source>The matching plan&apos;s numbers. Double-click a value to change it, then Save; every change is audited.</source>
        <translation>Les valeurs du plan de jumelage. Double-cliquez sur une valeur pour la modifier, puis Enregistrer; chaque modification est journalisée.</translation>
    </message>
    <message>
        <source>The matching plan&apos;s numbers, as the platform applies them (read only).</source>
        <translation>Les valeurs du plan de jumelage, telles que la plateforme les applique (lecture seule).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Undo edit</source>
        <translation>A&amp;nnuler la modification</translation>
    </message>
    <message>
        <source>Between %1 and %2 %3.</source>
        <translation>Entre %1 et %2 %3.</translation>
    </message>
    <message>
        <source>Offers of request %1: who was notified, why, and the answer</source>
        <translation>Offres de la demande %1&#xa0;: qui a été avisé, pourquoi, et la réponse</translation>
    </message>
    <message>
        <source>Saved: %1 is now %2.</source>
        <translation>Enregistré&#xa0;: %1 vaut maintenant %2.</translation>
    </message>
    <message>
        <source>Copy selected requests</source>
        <translation>Copier les demandes sélectionnées</translation>
    </message>
</context>
<context>
    <name>adesk::MatchingRulesModel</name>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Between %1 and %2 %3.</source>
        <translation>Entre %1 et %2 %3.</translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <comment>allowed range of a rule</comment>
        <translation>de %1 à %2 %3</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Plage permise</translation>
    </message>
</context>
<context>
    <name>adesk::MonthOverviewWidget</name>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n réservation</numerusform>
            <numerusform>%n réservations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h booked</source>
        <translation>%1 h réservées</translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n à confirmer</numerusform>
            <numerusform>%n à confirmer</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
</context>
<context>
    <name>adesk::NotificationLogModel</name>
    <message>
        <source>Bulk notice</source>
        <translation>Avis groupé</translation>
    </message>
    <message>
        <source>Document approved</source>
        <translation>Document approuvé</translation>
    </message>
    <message>
        <source>Document rejected</source>
        <translation>Document refusé</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Renseignements demandés</translation>
    </message>
    <message>
        <source>Document expired</source>
        <translation>Document expiré</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Partnership application</source>
        <translation>Candidature de partenariat</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (workshop)</source>
        <translation>%1 (atelier)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>adesk::NotificationsPane</name>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Bulk notice</source>
        <translation>Avis groupé</translation>
    </message>
    <message>
        <source>Recipient&apos;s name</source>
        <translation>Nom du destinataire</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>Des&amp;tinataire&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Select a notification to read it.</source>
        <translation>Sélectionnez une notification pour la lire.</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Toutes les provinces</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province&#xa0;:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation>M&amp;essage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Use the affiliation template</source>
        <translation>&amp;Utiliser le modèle d’affiliation</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>En&amp;voyer…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>Write the title and the message in English and in French.</source>
        <translation>Écrivez le titre et le message en anglais et en français.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinataire</numerusform>
            <numerusform>%n destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is in this audience: nothing to send.</source>
        <translation>Personne dans cette audience&#xa0;: rien à envoyer.</translation>
    </message>
    <message>
        <source>Send the notice</source>
        <translation>Envoyer l’avis</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to %n recipient(s) (%2)?</source>
        <translation>
            <numerusform>Envoyer «&#xa0;%1&#xa0;» à %n destinataire (%2)&#xa0;?</numerusform>
            <numerusform>Envoyer «&#xa0;%1&#xa0;» à %n destinataires (%2)&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Each recipient gets it in their language. This cannot be undone.</source>
        <translation>Chaque destinataire le reçoit dans sa langue. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message numerus="yes">
        <source>Notice sent to %n recipient(s).</source>
        <translation>
            <numerusform>Avis envoyé à %n destinataire.</numerusform>
            <numerusform>Avis envoyé à %n destinataires.</numerusform>
        </translation>
    </message>
    <message>
        <source>To %1, %2</source>
        <translation>À %1, %2</translation>
    </message>
</context>
<context>
    <name>adesk::OffersModel</name>
    <message>
        <source>0 (exclusive)</source>
        <translation>0 (exclusive)</translation>
    </message>
    <message>
        <source>2 (second wave)</source>
        <translation>2 (deuxième vague)</translation>
    </message>
    <message>
        <source>Not local</source>
        <translation>Pas local</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pointage</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>adesk::OpeningHoursModel</name>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Until changed</source>
        <translation>Jusqu’à modification</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Plages horaires</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>adesk::OverrideModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidée par</translation>
    </message>
</context>
<context>
    <name>adesk::OverridesController</name>
    <message>
        <source>Override approved.</source>
        <translation>Dérogation approuvée.</translation>
    </message>
    <message>
        <source>Override rejected.</source>
        <translation>Dérogation refusée.</translation>
    </message>
    <message>
        <source>Tier change requested: another admin must approve it.</source>
        <translation>Changement de niveau demandé&#xa0;: un autre administrateur doit l’approuver.</translation>
    </message>
</context>
<context>
    <name>adesk::OverridesPane</name>
    <message>
        <source>Approving a document flagged as potentially edited, or changing a mechanic&apos;s service tier by hand, needs a second admin. Every step is audited.</source>
        <translation>Approuver un document signalé comme possiblement modifié, ou changer à la main le niveau de service d’un mécanicien, exige un deuxième administrateur. Chaque étape est journalisée.</translation>
    </message>
    <message>
        <source>Waiting for a second admin</source>
        <translation>En attente d’un deuxième administrateur</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Request &amp;tier change…</source>
        <translation>Demander un changement de &amp;niveau…</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidées</translation>
    </message>
    <message>
        <source>You asked for this override: another admin must decide it.</source>
        <translation>Vous avez demandé cette dérogation&#xa0;: un autre administrateur doit la décider.</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Sélectionnez d’abord une demande.</translation>
    </message>
    <message>
        <source>Approve the override</source>
        <translation>Approuver la dérogation</translation>
    </message>
    <message>
        <source>Reject the override</source>
        <translation>Refuser la dérogation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Asked by %1: %2</source>
        <translation>Demandée par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>There is no mechanic.</source>
        <translation>Il n’y a aucun mécanicien.</translation>
    </message>
    <message>
        <source>Request a tier change</source>
        <translation>Demander un changement de niveau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Mechanic:</source>
        <translation>&amp;Mécanicien&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;tier:</source>
        <translation>Nouveau &amp;niveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>A second admin must approve the change; it takes effect then. Virtual only also withdraws physical work.</source>
        <translation>Un deuxième administrateur doit approuver le changement, qui prend effet à ce moment. « Virtuel seulement » retire aussi le travail physique.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demander</translation>
    </message>
</context>
<context>
    <name>adesk::OversightController</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::PageCanvas</name>
    <message>
        <source>This page could not be displayed.</source>
        <translation>Impossible d’afficher cette page.</translation>
    </message>
    <message>
        <source>Rendering page %1…</source>
        <translation>Rendu de la page %1…</translation>
    </message>
</context>
<context>
    <name>adesk::PartnershipController</name>
    <message>
        <source>Saved as version %1.</source>
        <translation>Enregistré comme version %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Program updated.</source>
        <translation>Programme mis à jour.</translation>
    </message>
    <message>
        <source>Approved: the agreement is ready in the Agreements tab.</source>
        <translation>Approuvée&#xa0;: l’entente est prête dans l’onglet Ententes.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Refusée.</translation>
    </message>
    <message>
        <source>Acceptance recorded.</source>
        <translation>Acceptation consignée.</translation>
    </message>
    <message>
        <source>Partnership terms saved.</source>
        <translation>Conditions du partenariat enregistrées.</translation>
    </message>
    <message>
        <source>Partnership updated.</source>
        <translation>Partenariat mis à jour.</translation>
    </message>
    <message>
        <source>Parts catalog saved.</source>
        <translation>Catalogue de pièces enregistré.</translation>
    </message>
    <message>
        <source>Labour rates saved.</source>
        <translation>Taux de main-d’œuvre enregistrés.</translation>
    </message>
    <message>
        <source>Agreement document generated.</source>
        <translation>Document de l’entente généré.</translation>
    </message>
    <message>
        <source>Approved, but the agreement document could not be stored (%1). Generate it from the Agreements tab.</source>
        <translation>Approuvée, mais le document de l’entente n’a pas pu être enregistré (%1). Générez-le depuis l’onglet Ententes.</translation>
    </message>
    <message>
        <source>no workshop is chosen</source>
        <translation>aucun atelier n’est choisi</translation>
    </message>
</context>
<context>
    <name>adesk::PartnershipEarningsModel</name>
    <message>
        <source>Workshop share plus the charges the mechanic paid the workshop</source>
        <translation>Part de l’atelier plus les frais que le mécanicien a payés à l’atelier</translation>
    </message>
    <message>
        <source>Bay rental and membership charges of the months</source>
        <translation>Frais de location de baie et d’adhésion des mois choisis</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n partnership(s))</source>
        <translation>
            <numerusform>Total (%n partenariat)</numerusform>
            <numerusform>Total (%n partenariats)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Travaux</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>Frais de plateforme</translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation>Part de l’atelier</translation>
    </message>
    <message>
        <source>Mechanic share</source>
        <translation>Part du mécanicien</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Frais facturés</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
</context>
<context>
    <name>adesk::PartnershipEarningsPanel</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>By the month of each job. Platform fee and shares follow the partnership&apos;s signed agreement; charges are the bay rental and membership charges billed to the mechanic; the balance is what the workshop earned: its share plus the charges.</source>
        <translation>Par mois de chaque travail. Les frais de plateforme et les parts suivent l’entente signée du partenariat; les frais facturés sont la location de baie et l’adhésion facturées au mécanicien; le solde est ce que l’atelier a gagné&#xa0;: sa part plus les frais facturés.</translation>
    </message>
    <message>
        <source>No partnership jobs or charges in these months.</source>
        <translation>Aucun travail ni frais de partenariat pendant ces mois.</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s): balance %1.</source>
        <translation>
            <numerusform>%n partenariat&#xa0;: solde %1.</numerusform>
            <numerusform>%n partenariats&#xa0;: solde %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::PartnershipListModel</name>
    <message>
        <source>No quotes</source>
        <translation>Aucune soumission</translation>
    </message>
    <message>
        <source>Quotes, with approval</source>
        <translation>Soumissions, avec approbation</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Soumissions</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>%1 parts, %2 rates</source>
        <translation>%1 pièces, %2 taux</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Max quote</source>
        <translation>Soumission max.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
</context>
<context>
    <name>adesk::PartnershipPane</name>
    <message>
        <source>&amp;New program</source>
        <translation>Nou&amp;veau programme</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Ententes</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Partnership programs</source>
        <translation>Programmes de partenariat</translation>
    </message>
    <message>
        <source>— all workshops (read only)</source>
        <translation>— tous les ateliers (lecture seule)</translation>
    </message>
</context>
<context>
    <name>adesk::PartnershipsPanel</name>
    <message>
        <source>Permissions and payment</source>
        <translation>Autorisations et paiement</translation>
    </message>
    <message>
        <source>May create &amp;quotes</source>
        <translation>Peut créer des s&amp;oumissions</translation>
    </message>
    <message>
        <source>Quotes need the workshop&apos;s &amp;approval</source>
        <translation>Les soumissions exigent l’&amp;approbation de l’atelier</translation>
    </message>
    <message>
        <source>e.g. 2 500,00</source>
        <translation>p. ex. 2&#xa0;500,00</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <source>Maximum &amp;quote</source>
        <translation>Soumission ma&amp;ximale</translation>
    </message>
    <message>
        <source>&amp;Commission</source>
        <translation>&amp;Commission</translation>
    </message>
    <message>
        <source>Pa&amp;yment terms</source>
        <translation>Modalités de &amp;paiement</translation>
    </message>
    <message>
        <source>Save &amp;terms</source>
        <translation>Enregistrer les co&amp;nditions</translation>
    </message>
    <message>
        <source>Reason (required to suspend or terminate)</source>
        <translation>Motif (obligatoire pour suspendre ou résilier)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ter&amp;minate</source>
        <translation>Rési&amp;lier</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Imported. Review the rows, then save.</source>
        <translation>Importation terminée. Vérifiez les lignes, puis enregistrez.</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>Numéro de pièce</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Prix de gros</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Prix de détail</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Délai de livraison (jours)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>Parts catalog</source>
        <translation>Catalogue de pièces</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>Catégorie de service</translation>
    </message>
    <message>
        <source>Rate per hour</source>
        <translation>Taux horaire</translation>
    </message>
    <message>
        <source>Mechanic rate</source>
        <translation>Taux du mécanicien</translation>
    </message>
    <message>
        <source>Mechanic commission %</source>
        <translation>Commission du mécanicien (%)</translation>
    </message>
    <message>
        <source>Labour rates</source>
        <translation>Taux de main-d’œuvre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant.</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Ajouter une pièce</translation>
    </message>
    <message>
        <source>Add labour rate</source>
        <translation>Ajouter un taux de main-d’œuvre</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Supprimer la pièce</translation>
    </message>
    <message>
        <source>Remove labour rate</source>
        <translation>Supprimer le taux de main-d’œuvre</translation>
    </message>
    <message>
        <source>Import parts from CSV…</source>
        <translation>Importer des pièces d’un CSV…</translation>
    </message>
    <message>
        <source>Import labour rates from CSV…</source>
        <translation>Importer des taux de main-d’œuvre d’un CSV…</translation>
    </message>
    <message>
        <source>Save parts catalog</source>
        <translation>Enregistrer le catalogue de pièces</translation>
    </message>
    <message>
        <source>Save labour rates</source>
        <translation>Enregistrer les taux de main-d’œuvre</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>Modifier la cellule</translation>
    </message>
</context>
<context>
    <name>adesk::PartsCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The header row lacks the column(s): %1.</source>
        <translation>Il manque à la ligne d’en-tête la ou les colonnes suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>part number and name are required</source>
        <translation>le numéro de pièce et le nom sont obligatoires</translation>
    </message>
    <message>
        <source>wholesale price &quot;%1&quot; is not an amount</source>
        <translation>le prix de gros «&#xa0;%1&#xa0;» n’est pas un montant</translation>
    </message>
    <message>
        <source>retail price &quot;%1&quot; is not an amount</source>
        <translation>le prix de détail «&#xa0;%1&#xa0;» n’est pas un montant</translation>
    </message>
    <message>
        <source>retail price is below wholesale</source>
        <translation>le prix de détail est inférieur au prix de gros</translation>
    </message>
    <message>
        <source>lead time &quot;%1&quot; is not a number of days</source>
        <translation>le délai de livraison «&#xa0;%1&#xa0;» n’est pas un nombre de jours</translation>
    </message>
    <message>
        <source>dates must be written YYYY-MM-DD</source>
        <translation>les dates doivent être écrites sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Ligne %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>service category is required</source>
        <translation>la catégorie de service est obligatoire</translation>
    </message>
    <message>
        <source>hourly rate &quot;%1&quot; is not a positive amount</source>
        <translation>le taux horaire «&#xa0;%1&#xa0;» n’est pas un montant positif</translation>
    </message>
    <message>
        <source>mechanic rate &quot;%1&quot; is not an amount</source>
        <translation>le taux du mécanicien «&#xa0;%1&#xa0;» n’est pas un montant</translation>
    </message>
    <message>
        <source>commission &quot;%1&quot; is not a percentage</source>
        <translation>la commission «&#xa0;%1&#xa0;» n’est pas un pourcentage</translation>
    </message>
</context>
<context>
    <name>adesk::PendingBookingModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Baie</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>adesk::PgCsv</name>
    <message>
        <source>CSV export needs a PostgreSQL connection.</source>
        <translation>L’exportation CSV exige une connexion PostgreSQL.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>CSV import needs a PostgreSQL connection.</source>
        <translation>L’importation CSV exige une connexion PostgreSQL.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The header row has %1 columns; at most %2 are read.</source>
        <translation>La ligne d’en-tête a %1&#xa0;colonnes; au plus %2 sont lues.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>adesk::ProgramEditor</name>
    <message>
        <source>Edit name</source>
        <translation>Modifier le nom</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <source>Edit bay prices</source>
        <translation>Modifier les prix de location de baie</translation>
    </message>
    <message>
        <source>Edit membership</source>
        <translation>Modifier l’adhésion</translation>
    </message>
    <message>
        <source>Edit shares</source>
        <translation>Modifier les parts</translation>
    </message>
    <message>
        <source>Edit eligibility</source>
        <translation>Modifier l’admissibilité</translation>
    </message>
    <message>
        <source>Edit maximum partners</source>
        <translation>Modifier le nombre maximal de partenaires</translation>
    </message>
    <message>
        <source>Edit terms</source>
        <translation>Modifier les conditions</translation>
    </message>
    <message>
        <source>Edit French name</source>
        <translation>Modifier le nom en français</translation>
    </message>
    <message>
        <source>Edit French description</source>
        <translation>Modifier la description en français</translation>
    </message>
    <message>
        <source>Edit French terms</source>
        <translation>Modifier les conditions en français</translation>
    </message>
    <message>
        <source>In French</source>
        <translation>En français</translation>
    </message>
    <message>
        <source>French name</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <source>French description</source>
        <translation>Description en français</translation>
    </message>
    <message>
        <source>French terms</source>
        <translation>Conditions en français</translation>
    </message>
    <message>
        <source>A Quebec workshop&apos;s program needs its French name and French terms before it is offered.</source>
        <translation>Le programme d’un atelier du Québec doit avoir son nom et ses conditions en français avant d’être offert.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>e.g. Weekend bay rental</source>
        <translation>p. ex. Location de baie la fin de semaine</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Maximum &amp;partners</source>
        <translation>Nombre maximal de &amp;partenaires</translation>
    </message>
    <message>
        <source>Bay rental prices (leave empty what you do not offer)</source>
        <translation>Prix de location de baie (laissez vide ce que vous n’offrez pas)</translation>
    </message>
    <message>
        <source>Per &amp;hour</source>
        <translation>Par &amp;heure</translation>
    </message>
    <message>
        <source>Per d&amp;ay</source>
        <translation>Par &amp;jour</translation>
    </message>
    <message>
        <source>Per &amp;month</source>
        <translation>Par m&amp;ois</translation>
    </message>
    <message>
        <source>The workshop and the mechanic share each job&apos;s revenue after the platform fee.</source>
        <translation>L’atelier et le mécanicien se partagent les revenus de chaque travail après les frais de plateforme.</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source> h / month</source>
        <translation> h / mois</translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation>&amp;Frais mensuels</translation>
    </message>
    <message>
        <source>&amp;Included bay-hours</source>
        <translation>Heures de baie &amp;incluses</translation>
    </message>
    <message>
        <source>&amp;Overage per hour</source>
        <translation>Tarif par heure e&amp;xcédentaire</translation>
    </message>
    <message>
        <source>Split of each job</source>
        <translation>Partage de chaque travail</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>Frais de plateforme</translation>
    </message>
    <message>
        <source>&amp;Workshop share</source>
        <translation>Part de l’&amp;atelier</translation>
    </message>
    <message>
        <source>M&amp;echanic share</source>
        <translation>Part du &amp;mécanicien</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Admissibilité</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Toute évaluation</translation>
    </message>
    <message>
        <source>Minimum &amp;rating</source>
        <translation>Évaluation minima&amp;le</translation>
    </message>
    <message>
        <source>Minimum &amp;experience</source>
        <translation>Expérien&amp;ce minimale</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Exigés</translation>
    </message>
    <message>
        <source>Service tiers (none = any)</source>
        <translation>Niveaux de service (aucun = tous)</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Preview: the program card as mechanics see it</source>
        <translation>Aperçu&#xa0;: la fiche du programme telle que la voient les mécaniciens</translation>
    </message>
    <message>
        <source>New version from</source>
        <translation>Nouvelle version à compter du</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>P&amp;ublier</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Mettre en pau&amp;se</translation>
    </message>
    <message>
        <source>C&amp;lose program</source>
        <translation>Fermer le pro&amp;gramme</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant.</translation>
    </message>
    <message>
        <source>v%1 from %2</source>
        <translation>v%1 à compter du %2</translation>
    </message>
    <message>
        <source>v%1 (draft)</source>
        <translation>v%1 (brouillon)</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Versions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Prêt à enregistrer.</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Reprend&amp;re</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source> · version %1</source>
        <translation> · version %1</translation>
    </message>
    <message>
        <source>Untitled program</source>
        <translation>Programme sans titre</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 l’heure</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>you keep your job revenue after the platform fee</source>
        <translation>vous conservez les revenus de vos travaux après les frais de plateforme</translation>
    </message>
    <message>
        <source>%1 a month, %2 bay-hours included, then %3 per hour</source>
        <translation>%1 par mois, %2 heures de baie incluses, puis %3 l’heure</translation>
    </message>
    <message>
        <source>Workshop %1 · You %2 · Platform %3</source>
        <translation>Atelier %1 · Vous %2 · Plateforme %3</translation>
    </message>
    <message>
        <source>On a %1 job</source>
        <translation>Pour un travail de %1</translation>
    </message>
    <message>
        <source>You earn</source>
        <translation>Vous gagnez</translation>
    </message>
    <message>
        <source>The workshop earns</source>
        <translation>L’atelier gagne</translation>
    </message>
    <message numerus="yes">
        <source>Bay rental, %n hour(s)</source>
        <translation>
            <numerusform>Location de baie, %n heure</numerusform>
            <numerusform>Location de baie, %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>The worked example appears once the terms are valid.</source>
        <translation>L’exemple chiffré s’affiche dès que les conditions sont valides.</translation>
    </message>
    <message>
        <source>rating %1 ★ or more</source>
        <translation>évaluation de %1 ★ ou plus</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) of experience</source>
        <translation>
            <numerusform>%n an d’expérience</numerusform>
            <numerusform>%n ans d’expérience</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message numerus="yes">
        <source>at most %n partner(s)</source>
        <translation>
            <numerusform>au plus %n partenaire</numerusform>
            <numerusform>au plus %n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Who can apply:</source>
        <translation>Qui peut poser sa candidature&#xa0;:</translation>
    </message>
    <message>
        <source>any compliant mechanic</source>
        <translation>tout mécanicien conforme</translation>
    </message>
    <message>
        <source>This program is closed; its terms no longer change.</source>
        <translation>Ce programme est fermé; ses conditions ne changent plus.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>the workshop&apos;s platform fee in force on %1</source>
        <translation>frais de plateforme de l’atelier en vigueur le %1</translation>
    </message>
    <message>
        <source>the workshop&apos;s platform fee in force on %1 (rule “%2”)</source>
        <translation>frais de plateforme de l’atelier en vigueur le %1 (règle «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>program terms, frozen in each agreement</source>
        <translation>conditions du programme, figées dans chaque entente</translation>
    </message>
    <message>
        <source>No worked example: %1</source>
        <translation>Aucun exemple chiffré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Working out the worked example…</source>
        <translation>Calcul de l’exemple chiffré…</translation>
    </message>
    <message>
        <source>program terms: %1 per hour, billed each month from your bookings</source>
        <translation>conditions du programme&#xa0;: %1 l’heure, facturé chaque mois d’après vos réservations</translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <comment>spin box suffix after the number</comment>
        <translation>
            <numerusform> an</numerusform>
            <numerusform> ans</numerusform>
        </translation>
    </message>
    <message>
        <source>A new partnership program</source>
        <translation>Un nouveau programme de partenariat</translation>
    </message>
    <message>
        <source>The partnership program “%1”</source>
        <translation>Le programme de partenariat «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>adesk::ProgramListModel</name>
    <message>
        <source>Version %1, in effect from %2</source>
        <translation>Version %1, en vigueur à compter du %2</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
</context>
<context>
    <name>adesk::ProgramTerms</name>
    <message>
        <source>Give the program a name.</source>
        <translation>Donnez un nom au programme.</translation>
    </message>
    <message>
        <source>The name is longer than 120 characters.</source>
        <translation>Le nom dépasse 120 caractères.</translation>
    </message>
    <message>
        <source>The maximum number of partners cannot be negative.</source>
        <translation>Le nombre maximal de partenaires ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Shares must be between 0 % and 100 %.</source>
        <translation>Les parts doivent être comprises entre 0&#xa0;% et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The workshop and mechanic shares add up to %1 but must add up to %2 (100 % of what remains after the %3 platform fee).</source>
        <translation>Les parts de l’atelier et du mécanicien totalisent %1, mais doivent totaliser %2 (100&#xa0;% de ce qui reste après les frais de plateforme de %3).</translation>
    </message>
    <message>
        <source>Bay prices must be positive.</source>
        <translation>Les prix de location de baie doivent être positifs.</translation>
    </message>
    <message>
        <source>Set a bay price per hour, per day or per month.</source>
        <translation>Indiquez un prix de location de baie à l’heure, à la journée ou au mois.</translation>
    </message>
    <message>
        <source>In a bay rental the mechanic keeps the job revenue: the workshop&apos;s share is 0 %.</source>
        <translation>Dans une location de baie, le mécanicien conserve les revenus du travail&#xa0;: la part de l’atelier est de 0&#xa0;%.</translation>
    </message>
    <message>
        <source>Set a positive monthly membership fee.</source>
        <translation>Indiquez des frais d’adhésion mensuels positifs.</translation>
    </message>
    <message>
        <source>Included bay-hours must be between 0 and 744 a month.</source>
        <translation>Les heures de baie incluses doivent être comprises entre 0 et 744 par mois.</translation>
    </message>
    <message>
        <source>Set a positive hourly rate for bay-hours beyond those included.</source>
        <translation>Indiquez un tarif horaire positif pour les heures de baie au-delà de celles incluses.</translation>
    </message>
    <message>
        <source>The minimum rating is between 0 and 5 stars.</source>
        <translation>L’évaluation minimale doit être comprise entre 0 et 5 étoiles.</translation>
    </message>
    <message>
        <source>Years of experience are between 0 and 70.</source>
        <translation>Les années d’expérience doivent être comprises entre 0 et 70.</translation>
    </message>
    <message>
        <source>Bay rental</source>
        <translation>Location de baie</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Partage des revenus</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Red Seal</source>
        <translation>Sceau rouge</translation>
    </message>
    <message>
        <source>Provincial certificate of qualification</source>
        <translation>Certificat de qualification provincial</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>Permis d’exploitation</translation>
    </message>
    <message>
        <source>Liability insurance</source>
        <translation>Assurance responsabilité civile</translation>
    </message>
    <message>
        <source>Virtual only</source>
        <translation>Virtuel seulement</translation>
    </message>
    <message>
        <source>Workshop-affiliated</source>
        <translation>Affilié à un atelier</translation>
    </message>
    <message>
        <source>Licensed mobile</source>
        <translation>Mobile avec permis</translation>
    </message>
    <message>
        <source>compliance not approved</source>
        <translation>conformité non approuvée</translation>
    </message>
    <message>
        <source>rating below the minimum</source>
        <translation>évaluation inférieure au minimum</translation>
    </message>
    <message>
        <source>not enough years of experience</source>
        <translation>années d’expérience insuffisantes</translation>
    </message>
    <message>
        <source>service tier not eligible</source>
        <translation>niveau de service non admissible</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
</context>
<context>
    <name>adesk::QueueFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>Mechanics and workshops</source>
        <translation>Mécaniciens et ateliers</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Toutes les provinces</translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation>Expirant d’ici</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Search name, licence or policy number (Ctrl+L)</source>
        <translation>Rechercher un nom, un numéro de permis ou de police (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>adesk::QuoteModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Approval required, over the monthly limit</source>
        <translation>Approbation requise, limite mensuelle dépassée</translation>
    </message>
    <message>
        <source>Over the monthly limit</source>
        <translation>Limite mensuelle dépassée</translation>
    </message>
    <message>
        <source>Approval required</source>
        <translation>Approbation requise</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Date du devis</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Month to date / limit</source>
        <translation>Mois à ce jour / limite</translation>
    </message>
    <message>
        <source>Waiting because</source>
        <translation>En attente parce que</translation>
    </message>
</context>
<context>
    <name>adesk::QuotesController</name>
    <message>
        <source>Lead marked lost.</source>
        <translation>Demande marquée perdue.</translation>
    </message>
    <message>
        <source>Lead marked contacted.</source>
        <translation>Demande marquée contactée.</translation>
    </message>
    <message>
        <source>Quote approved: sent to the customer.</source>
        <translation>Devis approuvé : envoyé au client.</translation>
    </message>
    <message>
        <source>Quote rejected.</source>
        <translation>Devis rejeté.</translation>
    </message>
</context>
<context>
    <name>adesk::QuotesPane</name>
    <message>
        <source>Repair leads escalated from virtual sessions and partner quotes waiting for a workshop&apos;s approval, for every workshop. Read-only: the workshop&apos;s owners work them.</source>
        <translation>Demandes de réparation transmises depuis des séances virtuelles et devis de partenaires en attente de l’approbation d’un atelier, pour tous les ateliers. Lecture seule : les propriétaires de l’atelier les traitent.</translation>
    </message>
    <message>
        <source>Repair leads your partner mechanics escalated from virtual sessions, and their quotes waiting for your approval (over the partnership&apos;s monthly limit, or when approval is required). Every decision is audited.</source>
        <translation>Demandes de réparation que vos mécaniciens partenaires ont transmises depuis des séances virtuelles, et leurs devis en attente de votre approbation (au-delà de la limite mensuelle du partenariat, ou quand l’approbation est requise). Chaque décision est journalisée.</translation>
    </message>
    <message>
        <source>&amp;Quotes to approve</source>
        <translation>&amp;Devis à approuver</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>De&amp;mandes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Quantity / time</source>
        <translation>Quantité / durée</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Send the quote to the customer (Ctrl+Enter)</source>
        <translation>Envoyer le devis au client (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Reject the quote with a reason (Ctrl+Backspace)</source>
        <translation>Rejeter le devis avec un motif (Ctrl+Retour arrière)</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Mark &amp;contacted</source>
        <translation>Marquer &amp;contactée</translation>
    </message>
    <message>
        <source>Mark l&amp;ost…</source>
        <translation>Marquer &amp;perdue…</translation>
    </message>
    <message>
        <source>No quote is waiting for approval.</source>
        <translation>Aucun devis n’attend d’approbation.</translation>
    </message>
    <message>
        <source>Quote #%1 by %2 for %3, %4. Total %5. This month: %6 (%7 before this quote). %8.</source>
        <translation>Devis nº %1 de %2 pour %3, %4. Total %5. Ce mois-ci : %6 (%7 avant ce devis). %8.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 / h</source>
        <translation>%1 / h</translation>
    </message>
    <message>
        <source>Mark the lead lost</source>
        <translation>Marquer la demande perdue</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Marquer perdue</translation>
    </message>
    <message>
        <source>Reject the quote</source>
        <translation>Rejeter le devis</translation>
    </message>
    <message>
        <source>Quote #%1 by %2, %3</source>
        <translation>Devis nº %1 de %2, %3</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Labour: %1</source>
        <translation>Main-d’œuvre : %1</translation>
    </message>
</context>
<context>
    <name>adesk::ReplicaStatus</name>
    <message>
        <source>Replica: no transaction replayed yet</source>
        <translation>Réplique&#xa0;: aucune transaction rejouée pour l’instant</translation>
    </message>
    <message>
        <source>Data as of %1 (replica up to date)</source>
        <translation>Données en date de %1 (réplique à jour)</translation>
    </message>
    <message numerus="yes">
        <source>Data as of %1 (%n s behind)</source>
        <translation>
            <numerusform>Données en date de %1 (%n s de retard)</numerusform>
            <numerusform>Données en date de %1 (%n s de retard)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::RequirementRulesModel</name>
    <message>
        <source>Every province</source>
        <translation>Toutes les provinces</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Sans fin</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until (excl.)</source>
        <translation>Jusqu’au (excl.)</translation>
    </message>
</context>
<context>
    <name>adesk::RequirementsController</name>
    <message>
        <source>%1 is required of: %2, from %3.</source>
        <translation>%1 est exigé de&#xa0;: %2, à compter du %3.</translation>
    </message>
    <message>
        <source>The rule ends: it no longer applies from %1.</source>
        <translation>La règle prend fin&#xa0;: elle ne s’applique plus à compter du %1.</translation>
    </message>
    <message>
        <source>The rule had not begun: it is withdrawn.</source>
        <translation>La règle n’avait pas commencé&#xa0;: elle est retirée.</translation>
    </message>
</context>
<context>
    <name>adesk::RequirementsPane</name>
    <message>
        <source>Province:</source>
        <translation>Province&#xa0;:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui&#xa0;:</translation>
    </message>
    <message>
        <source>In effect on:</source>
        <translation>En vigueur le&#xa0;:</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Toutes les règles</translation>
    </message>
    <message>
        <source>Past and future rules too</source>
        <translation>Y compris les règles passées et futures</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Toutes les provinces</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Add a rule:</source>
        <translation>Ajouter une règle&#xa0;:</translation>
    </message>
    <message>
        <source>Every province</source>
        <translation>Toutes les provinces</translation>
    </message>
    <message>
        <source>Takes effect on this date (today or later)</source>
        <translation>Prend effet à cette date (aujourd’hui ou plus tard)</translation>
    </message>
    <message>
        <source>Add from this date</source>
        <translation>Ajouter à compter de cette date</translation>
    </message>
    <message>
        <source>End the selected rule from:</source>
        <translation>Mettre fin à la règle choisie à compter du&#xa0;:</translation>
    </message>
    <message>
        <source>The rule no longer applies on this date (today or later)</source>
        <translation>La règle ne s’applique plus à cette date (aujourd’hui ou plus tard)</translation>
    </message>
    <message>
        <source>End rule</source>
        <translation>Mettre fin à la règle</translation>
    </message>
</context>
<context>
    <name>adesk::RevenueSplit</name>
    <message>
        <source>Custom fee agreement</source>
        <translation>Entente de frais personnalisée</translation>
    </message>
    <message>
        <source>A negative amount cannot be split.</source>
        <translation>Un montant négatif ne peut pas être partagé.</translation>
    </message>
    <message>
        <source>The event has no date.</source>
        <translation>L’événement n’a pas de date.</translation>
    </message>
    <message>
        <source>The program&apos;s workshop share and the platform fee exceed 100 %.</source>
        <translation>La part de l’atelier du programme et les frais de plateforme dépassent 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The shares of the rules exceed 100 %.</source>
        <translation>Les parts des règles dépassent 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The party charged the platform fee has no province for GST/HST.</source>
        <translation>La partie à qui sont facturés les frais de plateforme n’a pas de province aux fins de la TPS/TVH.</translation>
    </message>
    <message>
        <source>No GST/HST rate for %1 on %2.</source>
        <translation>Aucun taux de TPS/TVH pour %1 au %2.</translation>
    </message>
</context>
<context>
    <name>adesk::ReviewController</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>Expiry sweep: %n verification(s) expired.</source>
        <translation>
            <numerusform>Balayage des expirations&#xa0;: %n vérification expirée.</numerusform>
            <numerusform>Balayage des expirations&#xa0;: %n vérifications expirées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open this item</source>
        <translation>Impossible d’ouvrir cet élément</translation>
    </message>
    <message>
        <source>Read-only: decisions are made by platform admins.</source>
        <translation>Lecture seule&#xa0;: les décisions sont prises par les administrateurs de la plateforme.</translation>
    </message>
    <message>
        <source>You are reviewing this item (held for you until %1).</source>
        <translation>Vous examinez cet élément (réservé pour vous jusqu’à %1).</translation>
    </message>
    <message>
        <source>No document was uploaded for this verification.</source>
        <translation>Aucun document n’a été téléversé pour cette vérification.</translation>
    </message>
    <message>
        <source>This item was just decided elsewhere: %1 by %2.</source>
        <translation>Une décision vient d’être prise ailleurs pour cet élément&#xa0;: %1 par %2.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Approuvée.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Refusée.</translation>
    </message>
    <message>
        <source>Information requested from the applicant.</source>
        <translation>Renseignements demandés au demandeur.</translation>
    </message>
    <message>
        <source>Not saved yet: the connection to the database is down. Your decision will be sent again as soon as it is back.</source>
        <translation>Pas encore enregistré&#xa0;: la connexion à la base de données est interrompue. Votre décision sera renvoyée dès son rétablissement.</translation>
    </message>
    <message>
        <source>Downloading the document…</source>
        <translation>Téléchargement du document…</translation>
    </message>
</context>
<context>
    <name>adesk::ReviewOverrides</name>
    <message>
        <source>Flagged as potentially edited: approving it now needs a second admin.</source>
        <translation>Signalé comme possiblement modifié&#xa0;: son approbation exige maintenant un deuxième administrateur.</translation>
    </message>
    <message>
        <source>Request second approval</source>
        <translation>Demander une deuxième approbation</translation>
    </message>
    <message>
        <source>This document is flagged as potentially edited. Why should it be approved? Another admin decides in Overrides.</source>
        <translation>Ce document est signalé comme possiblement modifié. Pourquoi devrait-il être approuvé? Un autre administrateur décide dans Dérogations.</translation>
    </message>
    <message>
        <source>Second approval requested: another admin decides in Overrides.</source>
        <translation>Deuxième approbation demandée&#xa0;: un autre administrateur décide dans Dérogations.</translation>
    </message>
</context>
<context>
    <name>adesk::ReviewPane</name>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Élément suivant</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Élément précédent</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Request information</source>
        <translation>Demander des renseignements</translation>
    </message>
    <message>
        <source>Find in queue</source>
        <translation>Rechercher dans la file</translation>
    </message>
    <message>
        <source>Refresh queue</source>
        <translation>Actualiser la file</translation>
    </message>
    <message>
        <source>Read-only: decisions are made by platform admins.</source>
        <translation>Lecture seule&#xa0;: les décisions sont prises par les administrateurs de la plateforme.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded, more below</source>
        <translation>
            <numerusform>%n élément chargé, d’autres plus bas</numerusform>
            <numerusform>%n éléments chargés, d’autres plus bas</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
</context>
<context>
    <name>adesk::RosterController</name>
    <message>
        <source>No workshop to show: your login manages none.</source>
        <translation>Aucun atelier à afficher&#xa0;: votre compte n’en gère aucun.</translation>
    </message>
    <message>
        <source>Invitation to %1 recorded: the platform e-mails the link.</source>
        <translation>Invitation à %1 enregistrée&#xa0;: la plateforme envoie le lien par courriel.</translation>
    </message>
    <message>
        <source>Invitation revoked: its link no longer works.</source>
        <translation>Invitation révoquée&#xa0;: son lien ne fonctionne plus.</translation>
    </message>
    <message>
        <source>New bookings were made in the meantime: unlink again to see them. %1</source>
        <translation>De nouvelles réservations ont été faites entre-temps&#xa0;: retirez de nouveau le mécanicien pour les voir. %1</translation>
    </message>
    <message>
        <source>Mechanic unlinked.</source>
        <translation>Mécanicien retiré de l’équipe.</translation>
    </message>
    <message numerus="yes">
        <source>Mechanic unlinked; %n booking(s) cancelled.</source>
        <translation>
            <numerusform>Mécanicien retiré de l’équipe&#xa0;; %n réservation annulée.</numerusform>
            <numerusform>Mécanicien retiré de l’équipe&#xa0;; %n réservations annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mechanic linked to the workshop.</source>
        <translation>Mécanicien rattaché à l’atelier.</translation>
    </message>
</context>
<context>
    <name>adesk::RosterModel</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1
Joined through the workshop&apos;s invitation: approved as an account; physical work once compliance is approved.</source>
        <translation>%1
Arrivé par l’invitation de l’atelier&#xa0;: compte approuvé&#xa0;; travail en atelier une fois la conformité approuvée.</translation>
    </message>
    <message>
        <source>Required documents not yet approved (or expired)</source>
        <translation>Documents requis pas encore approuvés (ou expirés)</translation>
    </message>
    <message>
        <source>%1, physical work allowed</source>
        <translation>%1, travail en atelier permis</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mécanicien</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>Documents manquants</translation>
    </message>
    <message>
        <source>Next booking</source>
        <translation>Prochaine réservation</translation>
    </message>
    <message>
        <source>Ahead</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Jobs this month</source>
        <translation>Travaux ce mois-ci</translation>
    </message>
</context>
<context>
    <name>adesk::RosterPane</name>
    <message>
        <source>Search name or e-mail</source>
        <translation>Chercher un nom ou un courriel</translation>
    </message>
    <message>
        <source>All mechanics</source>
        <translation>Tous les mécaniciens</translation>
    </message>
    <message>
        <source>Physical work allowed</source>
        <translation>Travail en atelier permis</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>Documents manquants</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>&amp;Invite mechanic…</source>
        <translation>&amp;Inviter un mécanicien…</translation>
    </message>
    <message>
        <source>&amp;Revoke invitation…</source>
        <translation>&amp;Révoquer l’invitation…</translation>
    </message>
    <message>
        <source>&amp;Unlink mechanic…</source>
        <translation>Re&amp;tirer le mécanicien…</translation>
    </message>
    <message>
        <source>&amp;Link mechanic…</source>
        <translation>&amp;Rattacher un mécanicien…</translation>
    </message>
    <message>
        <source>Invite a mechanic</source>
        <translation>Inviter un mécanicien</translation>
    </message>
    <message>
        <source>The platform e-mails a link to this address. The mechanic joins your roster when they accept it; physical work starts once their compliance documents are approved.</source>
        <translation>La plateforme envoie un lien à cette adresse. Le mécanicien rejoint votre équipe quand il l’accepte&#xa0;; le travail en atelier commence dès que ses documents de conformité sont approuvés.</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valide pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Envoyer l’invitation</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Révoquer l’invitation</translation>
    </message>
    <message>
        <source>Revoke the invitation to %1? Its link stops working. Reason (optional):</source>
        <translation>Révoquer l’invitation à %1&#xa0;? Son lien cessera de fonctionner. Motif (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>Retirer %1 de l’équipe</translation>
    </message>
    <message>
        <source>%1 leaves the roster: independent again, virtual work only, no physical work at the workshop.</source>
        <translation>%1 quitte l’équipe&#xa0;: de nouveau indépendant, travail virtuel seulement, aucun travail à l’atelier.</translation>
    </message>
    <message numerus="yes">
        <source>%1 leaves the roster: independent again, virtual work only. These %n booking(s) ahead at the workshop will be cancelled, and the mechanic told why:</source>
        <translation>
            <numerusform>%1 quitte l’équipe&#xa0;: de nouveau indépendant, travail virtuel seulement. Cette réservation à venir à l’atelier sera annulée et le mécanicien en saura le motif&#xa0;:</numerusform>
            <numerusform>%1 quitte l’équipe&#xa0;: de nouveau indépendant, travail virtuel seulement. Ces %n réservations à venir à l’atelier seront annulées et le mécanicien en saura le motif&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2–%3, %4 (booking %5)</source>
        <translation>%1 %2–%3, %4 (réservation %5)</translation>
    </message>
    <message>
        <source>Told to the mechanic</source>
        <translation>Communiqué au mécanicien</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cancel bookings and unlink</source>
        <translation>Annuler les réservations et retirer</translation>
    </message>
    <message>
        <source>Every mechanic already belongs to a workshop.</source>
        <translation>Tous les mécaniciens font déjà partie d’un atelier.</translation>
    </message>
    <message>
        <source>Link a mechanic to %1</source>
        <translation>Rattacher un mécanicien à %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&amp;Mechanic:</source>
        <translation>Mé&amp;canicien&#xa0;:</translation>
    </message>
    <message>
        <source>The link is audited. The mechanic is approved as an account at once; physical work waits for approved compliance documents.</source>
        <translation>Le rattachement est journalisé. Le compte du mécanicien est approuvé aussitôt&#xa0;; le travail en atelier attend l’approbation de ses documents de conformité.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Rattacher</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>spin box suffix after the number</comment>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::RoutingController</name>
    <message>
        <source>Default routing saved: %1.</source>
        <translation>Acheminement par défaut enregistré&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>adesk::RoutingPane</name>
    <message>
        <source>Routing preview</source>
        <translation>Aperçu de l’acheminement</translation>
    </message>
    <message>
        <source>Workshops&apos; routing</source>
        <translation>Acheminement des ateliers</translation>
    </message>
    <message>
        <source>Directory &amp;&amp; analytics</source>
        <translation>Répertoire et analyses</translation>
    </message>
    <message>
        <source>Workshop default</source>
        <translation>Par défaut de l’atelier</translation>
    </message>
    <message>
        <source>Smart broadcast (top N)</source>
        <translation>Diffusion ciblée (N meilleurs)</translation>
    </message>
    <message>
        <source>Broadcast to all</source>
        <translation>Diffusion à tous</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Clavardage</translation>
    </message>
    <message>
        <source>Workshop visit</source>
        <translation>Visite à l&apos;atelier</translation>
    </message>
    <message>
        <source>A1A 1A1</source>
        <translation>A1A 1A1</translation>
    </message>
    <message>
        <source>Make, e.g. BMW</source>
        <translation>Marque, p. ex. BMW</translation>
    </message>
    <message>
        <source>Brand specialist</source>
        <translation>Spécialiste de la marque</translation>
    </message>
    <message>
        <source>brakes, suspension</source>
        <translation>freins, suspension</translation>
    </message>
    <message>
        <source>Prefer local</source>
        <translation>Préférer local</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Request #</source>
        <translation>Demande n°</translation>
    </message>
    <message>
        <source>Why matched</source>
        <translation>Pourquoi ce choix</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Workshop only: only your mechanics are notified. Hybrid: yours first, then the platform&apos;s. Broadcast: every eligible mechanic.</source>
        <translation>Atelier seulement&#xa0;: seuls vos mécaniciens sont avisés. Hybride&#xa0;: les vôtres d’abord, puis ceux de la plateforme. Diffusion&#xa0;: tous les mécaniciens admissibles.</translation>
    </message>
    <message>
        <source>Default routing</source>
        <translation>Acheminement par défaut</translation>
    </message>
    <message>
        <source>Select a workshop to see its requests per month.</source>
        <translation>Choisissez un atelier pour voir ses demandes par mois.</translation>
    </message>
    <message>
        <source>%1: requests per month (last 12 months)</source>
        <translation>%1&#xa0;: demandes par mois (12 derniers mois)</translation>
    </message>
    <message>
        <source>No workshop (broadcast)</source>
        <translation>Aucun atelier (diffusion)</translation>
    </message>
    <message>
        <source>Routing: %1. %2 of %3 mechanics notified.</source>
        <translation>Acheminement&#xa0;: %1. %2 mécaniciens avisés sur %3.</translation>
    </message>
    <message>
        <source>No mechanic matches this request.</source>
        <translation>Aucun mécanicien ne correspond à cette demande.</translation>
    </message>
    <message>
        <source>Request #%1, ranked as it was routed. %2</source>
        <translation>Demande n° %1, classée comme elle a été acheminée. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Canadian postal code (A1A 1A1).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code postal canadien (A1A 1A1).</translation>
    </message>
    <message>
        <source>Type the number of a session request.</source>
        <translation>Tapez le numéro d’une demande de séance.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Accepted here</source>
        <translation>Acceptées ici</translation>
    </message>
    <message>
        <source>Preview the routing of this request (Ctrl+Return)</source>
        <translation>Prévisualiser l’acheminement de cette demande (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>adesk::StatementsBatch</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>statements: unknown argument &apos;%1&apos;</source>
        <translation>statements&#xa0;: argument inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Usage: statements --month YYYY-MM --out DIR</source>
        <translation>Utilisation&#xa0;: statements --month AAAA-MM --out RÉPERTOIRE</translation>
    </message>
    <message numerus="yes">
        <source>statements: %n statement(s) for %1 in %2 (loaded in %3 ms, %4 ms in all), combined: %5</source>
        <translation>
            <numerusform>statements&#xa0;: %n relevé mensuel pour %1 dans %2 (chargé en %3 ms, %4 ms au total), fichier combiné&#xa0;: %5</numerusform>
            <numerusform>statements&#xa0;: %n relevés mensuels pour %1 dans %2 (chargés en %3 ms, %4 ms au total), fichier combiné&#xa0;: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>statements: invalid --reports: %1</source>
        <translation>statements&#xa0;: --reports invalide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>adesk::T4ABatch</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>slip %1 (%2 %3), line %4: %5</source>
        <translation>feuillet %1 (%2 %3), ligne %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>T4A Summary</source>
        <translation>Sommaire T4A</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>t4a: unknown argument &apos;%1&apos;</source>
        <translation>t4a&#xa0;: argument inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>t4a: the payer profile (desk.t4a_payer) is not set</source>
        <translation>t4a&#xa0;: le profil du payeur (desk.t4a_payer) n’est pas configuré</translation>
    </message>
    <message>
        <source>t4a: no T4A slip to file for %1</source>
        <translation>t4a&#xa0;: aucun feuillet T4A à produire pour %1</translation>
    </message>
    <message>
        <source>the payer&apos;s account number %1 is not valid (9 digits with their check digit, RP, 4 digits)</source>
        <translation>le numéro de compte du payeur %1 n&apos;est pas valide (9 chiffres dont le chiffre de contrôle, RP, 4 chiffres)</translation>
    </message>
    <message>
        <source>the transmitter number %1 is not a valid %2</source>
        <translation>le numéro de transmetteur %1 n&apos;est pas un %2 valide</translation>
    </message>
    <message>
        <source>draft slip (finalize it first)</source>
        <translation>feuillet à l&apos;état de brouillon (finalisez-le d&apos;abord)</translation>
    </message>
    <message>
        <source>T619 transmittal</source>
        <translation>Transmission T619</translation>
    </message>
    <message>
        <source>Usage: t4a --year YYYY --out DIR [--force]</source>
        <translation>Utilisation : t4a --year AAAA --out RÉP [--force]</translation>
    </message>
    <message>
        <source>t4a: warning: tax year %1 is not over; its slips may still change</source>
        <translation>t4a : avertissement : l&apos;année d&apos;imposition %1 n&apos;est pas terminée; ses feuillets peuvent encore changer</translation>
    </message>
    <message>
        <source>t4a: nothing written; add --force to file %1 anyway</source>
        <translation>t4a : rien n&apos;a été écrit; ajoutez --force pour produire %1 quand même</translation>
    </message>
    <message>
        <source>t4a: left out: slip %1 (%2 %3): %4</source>
        <translation>t4a : exclu : feuillet %1 (%2 %3) : %4</translation>
    </message>
    <message numerus="yes">
        <source>t4a: the return does not validate against the CRA schema (%n error(s)); nothing was written:</source>
        <translation>
            <numerusform>t4a&#xa0;: la déclaration n’est pas valide selon le schéma de l’ARC (%n erreur); rien n’a été écrit&#xa0;:</numerusform>
            <numerusform>t4a&#xa0;: la déclaration n’est pas valide selon le schéma de l’ARC (%n erreurs); rien n’a été écrit&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>t4a: %n slip(s) for %1, report type %2, submission %3, box 048 total %4; XML %5 (generated in %6 ms, validated in %7 ms), summary %8</source>
        <translation>
            <numerusform>t4a : %n feuillet pour %1, type de déclaration %2, envoi %3, total de la case 048 %4; XML %5 (produit en %6 ms, validé en %7 ms), sommaire %8</numerusform>
            <numerusform>t4a : %n feuillets pour %1, type de déclaration %2, envoi %3, total de la case 048 %4; XML %5 (produit en %6 ms, validé en %7 ms), sommaire %8</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>t4a: %n slip(s) left out; correct them and run t4a again</source>
        <translation>
            <numerusform>t4a : %n feuillet exclu; corrigez-le et relancez t4a</numerusform>
            <numerusform>t4a : %n feuillets exclus; corrigez-les et relancez t4a</numerusform>
        </translation>
    </message>
    <message>
        <source>t4a-overview: unknown argument &apos;%1&apos;</source>
        <translation>t4a-overview&#xa0;: argument inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Usage: t4a-overview --year YYYY [--reports CONNINFO|PROFILE]</source>
        <translation>Utilisation&#xa0;: t4a-overview --year AAAA [--reports CONNINFO|PROFIL]</translation>
    </message>
    <message>
        <source>t4a-overview: invalid --reports: %1</source>
        <translation>t4a-overview&#xa0;: --reports invalide&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>t4a-overview: %n payee(s) for %1, %2 with a slip due, box 048 total %3</source>
        <translation>
            <numerusform>t4a-overview&#xa0;: %n bénéficiaire pour %1, %2 avec un feuillet dû, total de la case 048 %3</numerusform>
            <numerusform>t4a-overview&#xa0;: %n bénéficiaires pour %1, %2 avec un feuillet dû, total de la case 048 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>slip %1 is no longer a current slip of %2: it changed while the return was generated; generate it again</source>
        <translation>le feuillet %1 n’est plus un feuillet courant de %2&#xa0;: il a changé pendant la production de la déclaration&#xa0;; produisez-la de nouveau</translation>
    </message>
    <message>
        <source>slip %1 changed while the return was generated (amended, filed or its tax profile edited); generate the return again</source>
        <translation>le feuillet %1 a changé pendant la production de la déclaration (modifié, produit ou son profil fiscal édité)&#xa0;; produisez la déclaration de nouveau</translation>
    </message>
    <message>
        <source>%1 slip PDFs for the %2 slips of the XML: the slips changed while the return was generated; generate it again</source>
        <translation>%1 PDF de feuillets pour les %2 feuillets du XML&#xa0;: les feuillets ont changé pendant la production de la déclaration&#xa0;; produisez-la de nouveau</translation>
    </message>
    <message>
        <source>The payer profile (account number, contact) is not set.</source>
        <translation>Le profil du payeur (numéro de compte, personne-ressource) n’est pas configuré.</translation>
    </message>
</context>
<context>
    <name>adesk::T4AModel</name>
    <message>
        <source>Statements and box 048 agree.</source>
        <translation>Les relevés mensuels et la case 048 concordent.</translation>
    </message>
    <message>
        <source>%1 earned in %2 but not paid by 31 December (paid later or still owed)</source>
        <translation>%1 gagné en %2, mais non payé au 31 décembre (payé plus tard ou encore dû)</translation>
    </message>
    <message>
        <source>%1 earned before %2 and paid in it</source>
        <translation>%1 gagné avant %2 et payé pendant cette année</translation>
    </message>
    <message>
        <source> — %1 NOT explained</source>
        <translation> — %1 NON expliqué</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source> (amended)</source>
        <translation> (modifié)</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Box 048 (paid)</source>
        <translation>Case 048 (payé)</translation>
    </message>
    <message>
        <source>Slip due</source>
        <translation>Feuillet requis</translation>
    </message>
    <message>
        <source>Slip amount</source>
        <translation>Montant du feuillet</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Relevés mensuels</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>SIN / BN</source>
        <translation>NAS / NE</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Feuillet</translation>
    </message>
</context>
<context>
    <name>adesk::T4APane</name>
    <message>
        <source>Tax year</source>
        <translation>Année d’imposition</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All payees</source>
        <translation>Tous les bénéficiaires</translation>
    </message>
    <message>
        <source>Slips due</source>
        <translation>Feuillets requis</translation>
    </message>
    <message>
        <source>Slips due with problems</source>
        <translation>Feuillets requis avec problèmes</translation>
    </message>
    <message>
        <source>Missing SIN/BN</source>
        <translation>NAS/NE manquant</translation>
    </message>
    <message>
        <source>Invalid SIN check digit</source>
        <translation>Chiffre de contrôle du NAS non valide</translation>
    </message>
    <message>
        <source>Postal code not in the province</source>
        <translation>Code postal hors de la province</translation>
    </message>
    <message>
        <source>Missing address</source>
        <translation>Adresse manquante</translation>
    </message>
    <message>
        <source>No tax profile</source>
        <translation>Aucun profil fiscal</translation>
    </message>
    <message>
        <source>Differs from statements</source>
        <translation>Diffère des relevés mensuels</translation>
    </message>
    <message>
        <source>Search payees</source>
        <translation>Rechercher des bénéficiaires</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Feuillet</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Create draft slips</source>
        <translation>Créer les feuillets provisoires</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <source>Generate PDFs and XML…</source>
        <translation>Générer les PDF et le XML…</translation>
    </message>
    <message>
        <source>Mark filed</source>
        <translation>Marquer comme produite</translation>
    </message>
    <message>
        <source>Amend slip</source>
        <translation>Modifier le feuillet</translation>
    </message>
    <message>
        <source>Cancel slip</source>
        <translation>Annuler le feuillet</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Reveal SIN / BN</source>
        <translation>Révéler le NAS / NE</translation>
    </message>
    <message>
        <source>Why do you need to see it? (recorded in the audit log)</source>
        <translation>Pourquoi devez-vous le voir? (consigné dans le journal de vérification)</translation>
    </message>
    <message>
        <source>Folder for the T4A files</source>
        <translation>Dossier des fichiers T4A</translation>
    </message>
    <message>
        <source>Record the last generated return as filed with the CRA? Its final slips become filed and can then only be amended or cancelled.</source>
        <translation>Consigner la dernière déclaration générée comme produite auprès de l’ARC? Ses feuillets définitifs deviendront produits et ne pourront ensuite qu’être modifiés ou annulés.</translation>
    </message>
    <message>
        <source>Cancel the filed slip of %1? A cancelled slip (report type C) goes into an amended return.</source>
        <translation>Annuler le feuillet produit de %1? Un feuillet annulé (type de déclaration C) est inclus dans une déclaration modificative.</translation>
    </message>
    <message>
        <source>Amend the filed slip of %1 to the year&apos;s fees now on record (%2)?</source>
        <translation>Modifier le feuillet produit de %1 selon les honoraires de l’année actuellement inscrits (%2)?</translation>
    </message>
    <message numerus="yes">
        <source>%n payee(s)</source>
        <translation>
            <numerusform>%n bénéficiaire</numerusform>
            <numerusform>%n bénéficiaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) due</source>
        <translation>
            <numerusform>%n feuillet requis</numerusform>
            <numerusform>%n feuillets requis</numerusform>
        </translation>
    </message>
    <message>
        <source>box 048 total %1</source>
        <translation>total de la case 048&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) with problems</source>
        <translation>
            <numerusform>%n feuillet avec problèmes</numerusform>
            <numerusform>%n feuillets avec problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::T4ARules</name>
    <message>
        <source>No tax profile</source>
        <translation>Aucun profil fiscal</translation>
    </message>
    <message>
        <source>Missing SIN/BN</source>
        <translation>NAS/NE manquant</translation>
    </message>
    <message>
        <source>Missing address</source>
        <translation>Adresse manquante</translation>
    </message>
    <message>
        <source>Postal code not in the province</source>
        <translation>Code postal hors de la province</translation>
    </message>
    <message>
        <source>Missing name</source>
        <translation>Nom manquant</translation>
    </message>
    <message>
        <source>Invalid SIN (check digit, or a business number)</source>
        <translation>NAS non valide (chiffre de contrôle, ou numéro d&apos;entreprise)</translation>
    </message>
    <message>
        <source>SIN also on another payee</source>
        <translation>NAS aussi inscrit pour un autre bénéficiaire</translation>
    </message>
    <message>
        <source>Invalid BN (format or check digit)</source>
        <translation>NE non valide (format ou chiffre de contrôle)</translation>
    </message>
    <message>
        <source>Workshop #%1</source>
        <translation>Atelier nº %1</translation>
    </message>
    <message>
        <source>Mechanic #%1</source>
        <translation>Mécanicien nº %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Slips with problems cannot be finalized; fix their tax profiles first. %1</source>
        <translation>Les feuillets qui ont des problèmes ne peuvent pas être finalisés&#xa0;; corrigez d&apos;abord leurs profils fiscaux. %1</translation>
    </message>
</context>
<context>
    <name>adesk::T4AXmlWriter</name>
    <message>
        <source>Cannot write the XML file: %1</source>
        <translation>Impossible d’écrire le fichier XML&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>adesk::TaxController</name>
    <message>
        <source>Saving the tax profile</source>
        <translation>Enregistrement du profil fiscal</translation>
    </message>
    <message>
        <source>Tax profile of %1 saved.</source>
        <translation>Profil fiscal de %1 enregistré.</translation>
    </message>
    <message>
        <source>Revealing the SIN / BN</source>
        <translation>Affichage du NAS / NE</translation>
    </message>
    <message>
        <source>Shown in clear; the reveal was recorded in the audit log.</source>
        <translation>Affiché en clair; l’affichage a été consigné dans le journal de vérification.</translation>
    </message>
    <message>
        <source>Creating draft slips</source>
        <translation>Création des feuillets provisoires</translation>
    </message>
    <message numerus="yes">
        <source>%n draft slip(s).</source>
        <translation>
            <numerusform>%n feuillet provisoire.</numerusform>
            <numerusform>%n feuillets provisoires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalizing slips</source>
        <translation>Finalisation des feuillets</translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) finalized.</source>
        <translation>
            <numerusform>%n feuillet finalisé.</numerusform>
            <numerusform>%n feuillets finalisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling the slip</source>
        <translation>Annulation du feuillet</translation>
    </message>
    <message>
        <source>Amending the slip</source>
        <translation>Modification du feuillet</translation>
    </message>
    <message>
        <source>Cancelled slip %1 drafted: finalize it and generate the amended return.</source>
        <translation>Feuillet d’annulation %1 préparé&#xa0;: finalisez-le et générez la déclaration modificative.</translation>
    </message>
    <message>
        <source>Amended slip %1 drafted: finalize it and generate the amended return.</source>
        <translation>Feuillet modifié %1 préparé&#xa0;: finalisez-le et générez la déclaration modificative.</translation>
    </message>
    <message>
        <source>Generation stopped.</source>
        <translation>Génération arrêtée.</translation>
    </message>
    <message>
        <source>Generation stopped; some files may have been written.</source>
        <translation>Génération arrêtée; certains fichiers ont peut-être été écrits.</translation>
    </message>
    <message numerus="yes">
        <source>The return does not validate against the CRA schema: %n error(s), shown against their slips. Nothing was saved.</source>
        <translation>
            <numerusform>La déclaration n’est pas valide selon le schéma de l’ARC&#xa0;: %n erreur, affichée avec son feuillet. Rien n’a été enregistré.</numerusform>
            <numerusform>La déclaration n’est pas valide selon le schéma de l’ARC&#xa0;: %n erreurs, affichées avec leurs feuillets. Rien n’a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading tax years</source>
        <translation>Chargement des années d’imposition</translation>
    </message>
    <message>
        <source>Loading the T4A payees</source>
        <translation>Chargement des bénéficiaires T4A</translation>
    </message>
    <message>
        <source>Loading the tax profile</source>
        <translation>Chargement du profil fiscal</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>No slip to file: create draft slips and finalize them first.</source>
        <translation>Aucun feuillet à produire&#xa0;: créez d’abord les feuillets provisoires, puis finalisez-les.</translation>
    </message>
    <message>
        <source>Mark filed</source>
        <translation>Marquer comme produite</translation>
    </message>
    <message>
        <source>Generate the return for %1 first.</source>
        <translation>Générez d’abord la déclaration de %1.</translation>
    </message>
    <message>
        <source>Filing recorded (submission %1).</source>
        <translation>Production consignée (transmission %1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source> %n slip(s) left out of the return, listed with the reason.</source>
        <translation>
            <numerusform> %n feuillet exclu de la déclaration, indiqué avec la raison.</numerusform>
            <numerusform> %n feuillets exclus de la déclaration, indiqués avec la raison.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No slip can be filed: %n slip(s) left out, listed with the reason.</source>
        <translation>
            <numerusform>Aucun feuillet ne peut être produit : %n feuillet exclu, indiqué avec la raison.</numerusform>
            <numerusform>Aucun feuillet ne peut être produit : %n feuillets exclus, indiqués avec la raison.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slip PDF(s), the T4A Summary and %1 written to %2 (validated against the CRA schema).%3</source>
        <translation>
            <numerusform>%n feuillet en PDF, le Sommaire T4A et %1 écrits dans %2 (validés selon le schéma de l’ARC).%3</numerusform>
            <numerusform>%n feuillets en PDF, le Sommaire T4A et %1 écrits dans %2 (validés selon le schéma de l’ARC).%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adesk::TaxProfileEditor</name>
    <message>
        <source>Select a payee</source>
        <translation>Sélectionnez un bénéficiaire</translation>
    </message>
    <message>
        <source>Individual (SIN)</source>
        <translation>Particulier (NAS)</translation>
    </message>
    <message>
        <source>Business (BN)</source>
        <translation>Entreprise (NE)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Type de bénéficiaire</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Initiale</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>Business name (line 2)</source>
        <translation>Nom de l’entreprise (ligne 2)</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Révéler…</translation>
    </message>
    <message>
        <source>Show the SIN and BN in clear. Every reveal is recorded in the audit log.</source>
        <translation>Afficher le NAS et le NE en clair. Chaque affichage est consigné dans le journal de vérification.</translation>
    </message>
    <message>
        <source>SIN</source>
        <translation>NAS</translation>
    </message>
    <message>
        <source>BN</source>
        <translation>NE</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address (line 2)</source>
        <translation>Adresse (ligne 2)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Slip language</source>
        <translation>Langue du feuillet</translation>
    </message>
    <message>
        <source>Consents to receive the slip electronically</source>
        <translation>Consent à recevoir le feuillet par voie électronique</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Profil fiscal</translation>
    </message>
    <message>
        <source>not on file</source>
        <translation>aucun au dossier</translation>
    </message>
    <message>
        <source>The SIN on file fails the check digit: retype it.</source>
        <translation>Le NAS au dossier échoue à la vérification du chiffre de contrôle&#xa0;: saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Too long for the CRA layout: %1 characters, at most %2</source>
        <translation>Trop long pour la mise en page de l’ARC&#xa0;: %1 caractères, au plus %2</translation>
    </message>
    <message>
        <source>A SIN has 9 digits</source>
        <translation>Un NAS compte 9 chiffres</translation>
    </message>
    <message>
        <source>Check digit does not match (expected %1): a digit is probably mistyped</source>
        <translation>Le chiffre de contrôle ne concorde pas (attendu&#xa0;: %1)&#xa0;: un chiffre a probablement été mal saisi</translation>
    </message>
    <message>
        <source>A BN is 9 digits, 2 letters and 4 digits (123456782RT0001)</source>
        <translation>Un NE compte 9 chiffres, 2 lettres et 4 chiffres (123456782RT0001)</translation>
    </message>
    <message>
        <source>The BN&apos;s check digit does not match: a digit is probably mistyped</source>
        <translation>Le chiffre de contrôle du NE ne correspond pas : un chiffre est probablement mal saisi</translation>
    </message>
    <message>
        <source>A number starting with 8 is a business number, not a SIN</source>
        <translation>Un numéro qui commence par 8 est un numéro d&apos;entreprise, pas un NAS</translation>
    </message>
    <message>
        <source>Postal codes look like A1A 1A1</source>
        <translation>Les codes postaux ont la forme A1A 1A1</translation>
    </message>
    <message>
        <source>FSA %1 is in %2, not %3</source>
        <translation>La RTA %1 correspond à %2, et non à %3</translation>
    </message>
    <message>
        <source>The tax profile of %1</source>
        <translation>Le profil fiscal de %1</translation>
    </message>
    <message>
        <source>a payee</source>
        <translation>un bénéficiaire</translation>
    </message>
</context>
<context>
    <name>adesk::TimeGridWidget</name>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s) per day</source>
        <translation>
            <numerusform>%n colonne par jour</numerusform>
            <numerusform>%n colonnes par jour</numerusform>
        </translation>
    </message>
    <message>
        <source>No bays in service</source>
        <translation>Aucune baie en service</translation>
    </message>
    <message>
        <source>No mechanics may book this workshop</source>
        <translation>Aucun mécanicien ne peut réserver dans cet atelier</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l’arrivée</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Marquer comme non présenté</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3–%4 (%5)&lt;br&gt;%6, buffer %7 min</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3–%4 (%5)&lt;br&gt;%6, tampon de %7 min</translation>
    </message>
    <message>
        <source>Edit bay…</source>
        <translation>Modifier la baie…</translation>
    </message>
    <message>
        <source>Take bay out of service…</source>
        <translation>Mettre la baie hors service…</translation>
    </message>
    <message>
        <source>Add closure here…</source>
        <translation>Ajouter une fermeture ici…</translation>
    </message>
    <message>
        <source>Opening hours…</source>
        <translation>Heures d’ouverture…</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4, %5</source>
        <translation>%1, %2, %3, %4, %5</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>This booking can no longer be moved.</source>
        <translation>Cette réservation ne peut plus être déplacée.</translation>
    </message>
    <message>
        <source>Show the bays to move a booking to another bay.</source>
        <translation>Affichez les baies pour déplacer une réservation vers une autre baie.</translation>
    </message>
</context>
<context>
    <name>adesk::ToolBar</name>
    <message>
        <source>More tools</source>
        <translation>Autres outils</translation>
    </message>
</context>
<context>
    <name>adesk::Translator</name>
    <message>
        <source>French</source>
        <comment>language name</comment>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language name</comment>
        <translation>anglais</translation>
    </message>
</context>
<context>
    <name>adesk::UtilizationModel</name>
    <message>
        <source>%1 h booked of %2 h open</source>
        <translation>%1 h réservées sur %2 h d’ouverture</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
</context>
<context>
    <name>adesk::UtilizationView</name>
    <message>
        <source>Booked hours over open hours, per bay and week</source>
        <translation>Heures réservées par rapport aux heures d’ouverture, par baie et par semaine</translation>
    </message>
    <message>
        <source>No bays or opening hours in this period.</source>
        <translation>Aucune baie ni heure d’ouverture pour cette période.</translation>
    </message>
    <message>
        <source>Booked %1 h of %2 h open (%3 %). Bay rental revenue for the period: %4</source>
        <translation>%1 h réservées sur %2 h d’ouverture (%3&#xa0;%). Revenus de location de baie pour la période&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>adesk::VerificationQueueModel</name>
    <message>
        <source>Pending (info requested)</source>
        <translation>En attente (renseignements demandés)</translation>
    </message>
    <message>
        <source>Waiting longer than the 48-hour review target</source>
        <translation>En attente depuis plus longtemps que le délai cible d’examen de 48 heures</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Prov.</source>
        <translation>Prov.</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Pris en charge par</translation>
    </message>
</context>
<context>
    <name>adesk::WorkshopSetupController</name>
    <message>
        <source>%1: done.</source>
        <translation>%1&#xa0;: fait.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled.</source>
        <translation>
            <numerusform>%n réservation annulée.</numerusform>
            <numerusform>%n réservations annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: move those bookings first, then try again.</source>
        <translation>Rien n’a été modifié&#xa0;: déplacez d’abord ces réservations, puis réessayez.</translation>
    </message>
    <message>
        <source>Someone else changed the workshop&apos;s setup meanwhile: it has been reloaded. Check it and try again.</source>
        <translation>Quelqu’un d’autre a modifié la configuration de l’atelier entre-temps&#xa0;: elle a été rechargée. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>Edit bay %1</source>
        <translation>Modifier la baie %1</translation>
    </message>
    <message>
        <source>Add bay %1</source>
        <translation>Ajouter la baie %1</translation>
    </message>
    <message>
        <source>Take %1 out of service from %2</source>
        <translation>Mettre %1 hors service à partir du %2</translation>
    </message>
    <message>
        <source>Put %1 back in service</source>
        <translation>Remettre %1 en service</translation>
    </message>
    <message>
        <source>Hours of %1 from %2</source>
        <translation>Heures du %1 à partir du %2</translation>
    </message>
    <message>
        <source>Closure %1</source>
        <translation>Fermeture (%1)</translation>
    </message>
    <message>
        <source>Remove closure</source>
        <translation>Supprimer la fermeture</translation>
    </message>
</context>
<context>
    <name>adesk::WorkshopSetupDialog</name>
    <message>
        <source>Set up the workshop</source>
        <translation>Configurer l’atelier</translation>
    </message>
    <message>
        <source>&amp;Bays</source>
        <translation>&amp;Baies</translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation>&amp;Heures d’ouverture</translation>
    </message>
    <message>
        <source>C&amp;losures</source>
        <translation>&amp;Fermetures</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;New bay</source>
        <translation>&amp;Nouvelle baie</translation>
    </message>
    <message>
        <source>&amp;Save bay</source>
        <translation>&amp;Enregistrer la baie</translation>
    </message>
    <message>
        <source>&amp;Take out of service from</source>
        <translation>Mettre &amp;hors service à partir du</translation>
    </message>
    <message>
        <source>Back &amp;in service</source>
        <translation>Remettre en &amp;service</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation>Équipement&#xa0;:</translation>
    </message>
    <message>
        <source>Hourly rate:</source>
        <translation>Taux horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Buffer after &amp;each booking:</source>
        <translation>Tampon après &amp;chaque réservation&#xa0;:</translation>
    </message>
    <message>
        <source>The hourly rate &quot;%1&quot; is not an amount.</source>
        <translation>Le taux horaire «&#xa0;%1&#xa0;» n’est pas un montant.</translation>
    </message>
    <message>
        <source>e.g. 08:00–12:00, 13:00–17:00 (empty: closed)</source>
        <translation>p. ex. 08:00–12:00, 13:00–17:00 (vide&#xa0;: fermé)</translation>
    </message>
    <message>
        <source>Set &amp;hours</source>
        <translation>Fixer les &amp;heures</translation>
    </message>
    <message>
        <source>Several shifts a day are allowed (a split shift). The new hours apply from the date chosen until the weekday&apos;s next scheduled change; bookings they would leave outside the hours are listed first.</source>
        <translation>Plusieurs plages par jour sont permises (horaire coupé). Les nouvelles heures s’appliquent à partir de la date choisie jusqu’au prochain changement prévu pour ce jour; les réservations qu’elles laisseraient hors des heures sont d’abord énumérées.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <source>shifts:</source>
        <translation>plages&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add closure</source>
        <translation>&amp;Ajouter la fermeture</translation>
    </message>
    <message>
        <source>Re&amp;move closure</source>
        <translation>&amp;Supprimer la fermeture</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu’au</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — times in %2</source>
        <translation>%1 — heures selon le fuseau %2</translation>
    </message>
    <message>
        <source>Whole workshop</source>
        <translation>Tout l’atelier</translation>
    </message>
    <message>
        <source>&amp;Add bay</source>
        <translation>&amp;Ajouter la baie</translation>
    </message>
    <message>
        <source>Write the shifts as 08:00–12:00, 13:00–17:00: each ends after it starts and none overlaps another.</source>
        <translation>Écrivez les plages sous la forme 08:00–12:00, 13:00–17:00&#xa0;: chacune se termine après son début et aucune n’en chevauche une autre.</translation>
    </message>
    <message>
        <source>A closure must end after it starts.</source>
        <translation>Une fermeture doit se terminer après son début.</translation>
    </message>
    <message>
        <source>the bay “%1”</source>
        <translation>la baie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a new bay</source>
        <translation>une nouvelle baie</translation>
    </message>
    <message>
        <source>the opening hours of %1</source>
        <translation>les heures d’ouverture du %1</translation>
    </message>
    <message>
        <source>a closure not added yet</source>
        <translation>une fermeture pas encore ajoutée</translation>
    </message>
    <message>
        <source>The workshop setup: %1</source>
        <translation>La configuration de l’atelier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>adesk::conninfo</name>
    <message>
        <source>invalid connection string</source>
        <translation>chaîne de connexion non valide</translation>
    </message>
    <message>
        <source>service file &quot;%1&quot; not found</source>
        <translation>fichier de services «&#xa0;%1&#xa0;» introuvable</translation>
    </message>
    <message>
        <source>line %1 too long in service file &quot;%2&quot;</source>
        <translation>ligne %1 trop longue dans le fichier de services «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; in &quot;%2&quot; is looked up in LDAP, which Auto Doctor Desk does not support: write its options in the service file</source>
        <translation>le service «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» est cherché dans LDAP, ce qu’Auto Doctor Desk ne prend pas en charge&#xa0;: écrivez ses options dans le fichier de services</translation>
    </message>
    <message>
        <source>syntax error in service file &quot;%1&quot;, line %2</source>
        <translation>erreur de syntaxe dans le fichier de services «&#xa0;%1&#xa0;», ligne %2</translation>
    </message>
    <message>
        <source>nested service specifications not supported in service file &quot;%1&quot;, line %2</source>
        <translation>services imbriqués non pris en charge dans le fichier de services «&#xa0;%1&#xa0;», ligne %2</translation>
    </message>
    <message>
        <source>definition of service &quot;%1&quot; not found</source>
        <translation>définition du service «&#xa0;%1&#xa0;» introuvable</translation>
    </message>
    <message>
        <source>the connection string</source>
        <translation>la chaîne de connexion</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>le service %1</translation>
    </message>
    <message>
        <source>the %1 variable</source>
        <translation>la variable %1</translation>
    </message>
</context>
<context>
    <name>adesk::matching</name>
    <message>
        <source>Chat</source>
        <translation>Clavardage</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Workshop visit</source>
        <translation>Visite à l’atelier</translation>
    </message>
    <message>
        <source>Workshop only</source>
        <translation>Atelier seulement</translation>
    </message>
    <message>
        <source>Workshop first</source>
        <translation>Atelier d’abord</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Chosen mechanic</source>
        <translation>Mécanicien choisi</translation>
    </message>
    <message>
        <source>Favourite first</source>
        <translation>Favori d’abord</translation>
    </message>
    <message>
        <source>Best matches</source>
        <translation>Meilleurs jumelages</translation>
    </message>
    <message>
        <source>All available</source>
        <translation>Tous les disponibles</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Chosen mechanic did not answer</source>
        <translation>Le mécanicien choisi n’a pas répondu</translation>
    </message>
    <message>
        <source>No local mechanic</source>
        <translation>Aucun mécanicien local</translation>
    </message>
    <message>
        <source>No local specialist</source>
        <translation>Aucun spécialiste local</translation>
    </message>
    <message>
        <source>Workshop unavailable</source>
        <translation>Atelier indisponible</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>mechanics</source>
        <translation>mécaniciens</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>The customer&apos;s favourite</source>
        <translation>Le favori du client</translation>
    </message>
    <message>
        <source>Available now</source>
        <translation>Disponible maintenant</translation>
    </message>
    <message>
        <source>Same area (%1)</source>
        <translation>Même secteur (%1)</translation>
    </message>
    <message>
        <source>Nearby (about %1 km)</source>
        <translation>À proximité (environ %1 km)</translation>
    </message>
    <message>
        <source>Same region (%1)</source>
        <translation>Même région (%1)</translation>
    </message>
    <message>
        <source>%1 specialist</source>
        <translation>Spécialiste %1</translation>
    </message>
    <message>
        <source>Knows &quot;%1&quot;</source>
        <translation>Connaît «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rated %1</source>
        <translation>Note de %1</translation>
    </message>
    <message>
        <source>%1 years of experience</source>
        <translation>%1 ans d’expérience</translation>
    </message>
    <message>
        <source>Same FSA (first three characters of the postal code)</source>
        <translation>Même RTA (trois premiers caractères du code postal)</translation>
    </message>
    <message>
        <source>Same FSA</source>
        <translation>Même RTA</translation>
    </message>
    <message>
        <source>Same first two characters of the FSA</source>
        <translation>Mêmes deux premiers caractères de la RTA</translation>
    </message>
    <message>
        <source>Same FSA region</source>
        <translation>Même région de RTA</translation>
    </message>
    <message>
        <source>Same first letter of the postal code (province or region)</source>
        <translation>Même première lettre du code postal (province ou région)</translation>
    </message>
    <message>
        <source>Same first letter</source>
        <translation>Même première lettre</translation>
    </message>
    <message>
        <source>Approximate distance within one FSA</source>
        <translation>Distance approximative à l’intérieur d’une RTA</translation>
    </message>
    <message>
        <source>Distance within an FSA</source>
        <translation>Distance dans une RTA</translation>
    </message>
    <message>
        <source>Approximate distance within the first two characters</source>
        <translation>Distance approximative à l’intérieur des deux premiers caractères</translation>
    </message>
    <message>
        <source>Distance within a region</source>
        <translation>Distance dans une région</translation>
    </message>
    <message>
        <source>Approximate distance within the first letter</source>
        <translation>Distance approximative à l’intérieur de la première lettre</translation>
    </message>
    <message>
        <source>Distance within a first letter</source>
        <translation>Distance dans une première lettre</translation>
    </message>
    <message>
        <source>Distance when the postal codes share nothing or one is missing</source>
        <translation>Distance lorsque les codes postaux n’ont rien en commun ou que l’un manque</translation>
    </message>
    <message>
        <source>Unknown distance</source>
        <translation>Distance inconnue</translation>
    </message>
    <message>
        <source>A mechanic within this distance is a local match</source>
        <translation>Un mécanicien à cette distance ou moins est un jumelage local</translation>
    </message>
    <message>
        <source>Local radius</source>
        <translation>Rayon local</translation>
    </message>
    <message>
        <source>Mechanic online and available now</source>
        <translation>Mécanicien en ligne et disponible maintenant</translation>
    </message>
    <message>
        <source>Specialises in the vehicle&apos;s make</source>
        <translation>Spécialiste de la marque du véhicule</translation>
    </message>
    <message>
        <source>Brand specialist</source>
        <translation>Spécialiste de la marque</translation>
    </message>
    <message>
        <source>Per service keyword of the concern that the mechanic lists</source>
        <translation>Par mot-clé de service de la demande que le mécanicien indique</translation>
    </message>
    <message>
        <source>Service keyword</source>
        <translation>Mot-clé de service</translation>
    </message>
    <message>
        <source>Cap on the service keyword points</source>
        <translation>Plafond des points de mots-clés de service</translation>
    </message>
    <message>
        <source>Service keywords at most</source>
        <translation>Mots-clés de service au plus</translation>
    </message>
    <message>
        <source>Per star of the mechanic&apos;s rating (5 stars: 20 points)</source>
        <translation>Par étoile de l’évaluation du mécanicien (5 étoiles : 20 points)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Per year of experience</source>
        <translation>Par année d’expérience</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Years of experience counted at most</source>
        <translation>Années d’expérience comptées au plus</translation>
    </message>
    <message>
        <source>Experience counted at most</source>
        <translation>Expérience comptée au plus</translation>
    </message>
    <message>
        <source>The customer&apos;s favourite mechanic</source>
        <translation>Le mécanicien favori du client</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Time the selected or favourite mechanic has alone before the fallback</source>
        <translation>Temps dont dispose seul le mécanicien choisi ou favori avant le repli</translation>
    </message>
    <message>
        <source>Exclusive window</source>
        <translation>Fenêtre exclusive</translation>
    </message>
    <message>
        <source>Mechanics notified by a smart broadcast</source>
        <translation>Mécaniciens avisés par une diffusion ciblée</translation>
    </message>
    <message>
        <source>Smart broadcast size</source>
        <translation>Taille de la diffusion ciblée</translation>
    </message>
    <message>
        <source>A request nobody accepted expires this long after its creation</source>
        <translation>Une demande que personne n’a acceptée expire après ce délai</translation>
    </message>
    <message>
        <source>Request expiry</source>
        <translation>Expiration des demandes</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
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
            <numerusform>%Ln seconde</numerusform>
            <numerusform>%Ln secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mechanic(s)</source>
        <translation>
            <numerusform>%Ln mécanicien</numerusform>
            <numerusform>%Ln mécaniciens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln an</numerusform>
            <numerusform>%Ln ans</numerusform>
        </translation>
    </message>
</context>
</TS>
