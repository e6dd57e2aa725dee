<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutSafetyDialog</name>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>Reprendre les pauses d’exercice…</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>Reprendre les pauses d’exercice</translation>
    </message>
</context>
<context>
    <name>AddCalendarDialog</name>
    <message>
        <source>Add a calendar</source>
        <extracomment>(source, password) -&gt; None; raises with a sentence when the keyring cannot keep it.</extracomment>
        <translation>Ajouter un agenda</translation>
    </message>
    <message>
        <source>A file or folder of .ics files</source>
        <translation>Un fichier ou un dossier de fichiers .ics</translation>
    </message>
    <message>
        <source>A web address (iCalendar subscription)</source>
        <translation>Une adresse web (abonnement iCalendar)</translation>
    </message>
    <message>
        <source>A CalDAV account (read only)</source>
        <translation>Un compte CalDAV (lecture seule)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Emplacement</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>The password is kept in your desktop keyring, never in a file.</source>
        <translation>Le mot de passe est gardé dans le trousseau de votre bureau, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>Choisir un fichier d’agenda</translation>
    </message>
    <message>
        <source>Passwords cannot be kept here: no keyring is available.</source>
        <translation>Les mots de passe ne peuvent pas être gardés ici&#xa0;: aucun trousseau n’est disponible.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Take a break now</source>
        <translation>Faire une pause maintenant</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>Reprendre les pauses d’exercice…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Exercices…</translation>
    </message>
    <message>
        <source>About &amp;&amp; safety…</source>
        <translation>À propos &amp;&amp; sécurité…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
</context>
<context>
    <name>BreakWhenIdle</name>
    <message>
        <source>Time for a break</source>
        <extracomment>How often idle time is read while the window waits. Without idle time, the window opens after this long if nobody picked &quot;Show now&quot;.</extracomment>
        <translation>C’est l’heure d’une pause</translation>
    </message>
    <message>
        <source>It opens as soon as you pause your typing.</source>
        <translation>Elle s’ouvre dès que vous faites une pause dans votre frappe.</translation>
    </message>
    <message>
        <source>Show now</source>
        <translation>Afficher maintenant</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>postureapp — time for a break</source>
        <extracomment>The window takes the keyboard once the user has not typed for this long: longer than a pause to think, so words typed elsewhere always go where they were meant to. Keys pressed this soon after the window took the keyboard were meant for another window. How often (in ticks) idle time is read while the window waits to take the keyboard. How long the closing &quot;well done&quot; stays before the window goes.</extracomment>
        <translation>postureapp — c’est l’heure d’une pause</translation>
    </message>
    <message>
        <source>Kind of break and progress</source>
        <translation>Type de pause et progression</translation>
    </message>
    <message>
        <source>Time left in this break</source>
        <translation>Temps restant de cette pause</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Where you are in the break</source>
        <translation>Où vous en êtes dans la pause</translation>
    </message>
    <message>
        <source>Picture of the step</source>
        <translation>Image de l’étape</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Temps restant de cette étape</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Ce qui vient ensuite</translation>
    </message>
    <message>
        <source>Caution for this exercise</source>
        <translation>Précaution pour cet exercice</translation>
    </message>
    <message>
        <source>All cautions</source>
        <translation>Toutes les précautions</translation>
    </message>
    <message>
        <source>Read every caution for this exercise</source>
        <translation>Lire toutes les précautions de cet exercice</translation>
    </message>
    <message>
        <source>Move gently and only as far as is comfortable. Stop at once if anything hurts.</source>
        <translation>Bougez doucement et seulement tant que c’est confortable. Arrêtez tout de suite si quelque chose fait mal.</translation>
    </message>
    <message>
        <source>This &amp;hurts — stop</source>
        <translation>Ça fait &amp;mal — arrêter</translation>
    </message>
    <message>
        <source>This hurts — stop</source>
        <translation>Ça fait mal — arrêter</translation>
    </message>
    <message>
        <source>End the break at once and see when to get help</source>
        <translation>Arrêter la pause tout de suite et voir quand demander de l’aide</translation>
    </message>
    <message>
        <source>S&amp;kip (Esc)</source>
        <translation>&amp;Passer (Échap)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Passer cette pause</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Put this break off for a few minutes</source>
        <translation>Reporter cette pause de quelques minutes</translation>
    </message>
    <message>
        <source>You have snoozed as often as allowed in a row.</source>
        <translation>Vous avez reporté autant de fois de suite que permis.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>End the break now; before its end it counts as ended early</source>
        <translation>Terminer la pause maintenant&#xa0;; avant sa fin, elle compte comme terminée plus tôt</translation>
    </message>
    <message>
        <source>Nearly done — well done.</source>
        <translation>Presque fini — bravo.</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message>
        <source>step {0} of {1}</source>
        <translation>étape {0} sur {1}</translation>
    </message>
    <message>
        <source>Next: {0} — {1}</source>
        <translation>Ensuite&#xa0;: {0} — {1}</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Ensuite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>LONG BREAK · EXERCISE {0} OF {1}</source>
        <translation>LONGUE PAUSE · EXERCICE {0} SUR {1}</translation>
    </message>
    <message>
        <source>SHORT BREAK</source>
        <translation>COURTE PAUSE</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Respirez lentement</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>encore {0}</translation>
    </message>
    <message>
        <source>Cautions: {0}</source>
        <translation>Précautions&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Well done. Back to it.</source>
        <translation>Bravo. Vous pouvez reprendre.</translation>
    </message>
</context>
<context>
    <name>CalendarKeeper</name>
    <message>
        <source>Breaks keep using its copy from {0}.</source>
        <translation>Les pauses continuent d’utiliser sa copie du {0}.</translation>
    </message>
    <message>
        <source>There is no earlier copy, so its events are not known.</source>
        <translation>Il n’y a pas de copie plus ancienne, ses événements ne sont donc pas connus.</translation>
    </message>
    <message>
        <source>The calendar “{0}” could not be read: {1}. {2}</source>
        <translation>L’agenda «&#xa0;{0}&#xa0;» n’a pas pu être lu&#xa0;: {1}. {2}</translation>
    </message>
</context>
<context>
    <name>CalendarSourcesEditor</name>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}&#xa0;: fichier {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}&#xa0;: adresse web {1}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation>{0}&#xa0;: CalDAV {1} en tant que {2}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation>{0}&#xa0;: CalDAV {1}</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a calendar</source>
        <translation>Ajouter un agenda</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen calendar</source>
        <translation>Retirer l’agenda choisi</translation>
    </message>
    <message>
        <source>No calendars: breaks follow the clock alone.</source>
        <translation>Aucun agenda&#xa0;: les pauses suivent seulement l’horloge.</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Breaks done</source>
        <translation>Pauses faites</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Streak (days)</source>
        <translation>Série (jours)</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Temps d’exercice</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Raideur</translation>
    </message>
    <message>
        <source>Sitting upright</source>
        <translation>Assis droit</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <source>{0} ended early, {1} skipped or snoozed</source>
        <translation>{0} terminées plus tôt, {1} passées ou reportées</translation>
    </message>
    <message>
        <source>no reminders in this range</source>
        <translation>aucun rappel sur cette période</translation>
    </message>
    <message>
        <source>of reminders completed</source>
        <translation>des rappels suivis jusqu’au bout</translation>
    </message>
    <message>
        <source>days with {0} or more breaks done</source>
        <translation>jours avec {0} pauses faites ou plus</translation>
    </message>
    <message>
        <source>best {0} · goal {1} a day</source>
        <translation>record {0} · objectif {1} par jour</translation>
    </message>
    <message>
        <source>{0} a day on average</source>
        <translation>{0} par jour en moyenne</translation>
    </message>
    <message>
        <source>0–10, first and last week rated</source>
        <translation>0–10, première et dernière semaine notées</translation>
    </message>
    <message>
        <source>0–10, one day rated</source>
        <translation>0–10, un jour noté</translation>
    </message>
    <message>
        <source>no ratings in this range</source>
        <translation>aucune note sur cette période</translation>
    </message>
    <message>
        <source>a warning sign on 1 day</source>
        <translation>un signe d’alerte sur 1 jour</translation>
    </message>
    <message>
        <source>a warning sign on {0} days</source>
        <translation>un signe d’alerte sur {0} jours</translation>
    </message>
    <message>
        <source>of the time the camera saw you in this range</source>
        <translation>du temps où la caméra vous a vu sur cette période</translation>
    </message>
</context>
<context>
    <name>CheckInPopup</name>
    <message>
        <source>postureapp — check-in</source>
        <translation>postureapp — comment ça va&#xa0;?</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d’alerte</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>Comment se sent le haut de votre dos aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mieux</translation>
    </message>
    <message>
        <source>Better than before</source>
        <translation>Mieux qu’avant</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Pareil</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>À peu près pareil</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Moins bien</translation>
    </message>
    <message>
        <source>Worse than before</source>
        <translation>Moins bien qu’avant</translation>
    </message>
    <message>
        <source>How stiff, from 0 (not at all) to 10? Optional.</source>
        <translation>Quelle raideur, de 0 (aucune) à 10&#xa0;? Facultatif.</translation>
    </message>
    <message>
        <source>Stiffness {0} of 10</source>
        <translation>Raideur {0} sur 10</translation>
    </message>
    <message>
        <source>0 is not stiff at all, 10 is very stiff</source>
        <translation>0&#xa0;: pas raide du tout, 10&#xa0;: très raide</translation>
    </message>
    <message>
        <source>Something else is wrong</source>
        <translation>Autre chose ne va pas</translation>
    </message>
    <message>
        <source>Something else is wrong: show the signs</source>
        <translation>Autre chose ne va pas&#xa0;: voir les signes</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Not now, close the check-in</source>
        <translation>Pas maintenant, fermer la question</translation>
    </message>
    <message>
        <source>Thank you for telling us. If any of these fit, please see a clinician; the emergency one needs care straight away.</source>
        <translation>Merci de nous le dire. Si l’un de ces signes vous correspond, consultez un médecin&#xa0;; le signe d’urgence demande des soins immédiats.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the warning signs</source>
        <translation>Fermer les signes d’alerte</translation>
    </message>
</context>
<context>
    <name>CheckInsModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Stiffness (0–10)</source>
        <translation>Raideur (0–10)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>break-now: no exercise with the id {0}</source>
        <translation>break-now&#xa0;: aucun exercice n’a l’identifiant {0}</translation>
    </message>
    <message>
        <source>break-now: exercise breaks are paused for safety; resume them from About &amp; safety (postureapp open about) once a clinician has looked at it, or it has passed</source>
        <translation>break-now&#xa0;: les pauses d’exercice sont suspendues pour votre sécurité&#xa0;; reprenez-les depuis «&#xa0;À propos &amp; sécurité&#xa0;» (postureapp open about) une fois qu’un médecin a examiné le problème, ou qu’il est passé</translation>
    </message>
    <message>
        <source>a break is already on screen</source>
        <translation>une pause est déjà à l’écran</translation>
    </message>
    <message>
        <source>no exercise fits your settings</source>
        <translation>aucun exercice ne correspond à vos paramètres</translation>
    </message>
    <message>
        <source>this exercise is switched off in your settings</source>
        <translation>cet exercice est désactivé dans vos paramètres</translation>
    </message>
    <message>
        <source>pause: an argument is required</source>
        <translation>pause&#xa0;: un argument est nécessaire</translation>
    </message>
    <message>
        <source>no break is on screen</source>
        <translation>aucune pause n’est à l’écran</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>le mode strict est activé&#xa0;: les pauses ne peuvent pas être passées</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>No exercise fits your settings for a long break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <extracomment>A sleep this long in the middle of a break ends it (as far as it got) rather than resuming.</extracomment>
        <translation>Aucun exercice ne correspond à vos paramètres pour une longue pause. Vérifiez les zones du corps et les positions dans les Paramètres, ou votre propre dossier d’exercices.</translation>
    </message>
    <message>
        <source>No exercise fits your settings for a short break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <translation>Aucun exercice ne correspond à vos paramètres pour une courte pause. Vérifiez les zones du corps et les positions dans les Paramètres, ou votre propre dossier d’exercices.</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Completed</source>
        <extracomment>Every how many days the chart&apos;s day axis carries a date; today is always labelled. At most this many dates under the bars, whatever the grain. The stiffness trend&apos;s colour: the illustrations&apos; accent, readable on light and dark. Warning-sign days: a red that reads on light and dark.</extracomment>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminées plus tôt</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Passées ou reportées</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>Objectif de série</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Raideur</translation>
    </message>
    <message>
        <source>Warning sign reported</source>
        <translation>Signe d’alerte signalé</translation>
    </message>
    <message>
        <source>stiffness</source>
        <translation>raideur</translation>
    </message>
    <message>
        <source>Today {0}; most in a day {1}; the goal of {2} was reached on {3} of {4} days</source>
        <translation>Aujourd’hui {0}&#xa0;; le plus en un jour {1}&#xa0;; l’objectif de {2} a été atteint {3} jours sur {4}</translation>
    </message>
    <message>
        <source>{0} bars; completed breaks in the last {1}, the most in one {2}</source>
        <translation>{0} barres ; pauses terminées dans la dernière : {1}, au plus dans une : {2}</translation>
    </message>
    <message>
        <source>; a warning sign was reported in {0} of them</source>
        <translation> ; un signe d’alerte a été signalé dans {0} d’entre elles</translation>
    </message>
</context>
<context>
    <name>DesktopCheckIn</name>
    <message>
        <source>Better</source>
        <translation>Mieux</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Pareil</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Moins bien</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Plus…</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>Comment se sent le haut de votre dos aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Compared with before. “More…” rates the stiffness or reports a warning sign.</source>
        <translation>Par rapport à avant. «&#xa0;Plus…&#xa0;» note la raideur ou signale un signe d’alerte.</translation>
    </message>
</context>
<context>
    <name>DesktopNotice</name>
    <message>
        <source>A long break</source>
        <translation>Une longue pause</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Une courte pause</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{0} dans {1} s</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>Dans {0} min</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>Terminez votre idée&#xa0;; la pause commence à la fin du décompte.</translation>
    </message>
</context>
<context>
    <name>ExerciseChoices</name>
    <message>
        <source>&amp;Not this one again</source>
        <extracomment>What the user chose in this break, per exercise: (not again, more like this).</extracomment>
        <translation>&amp;Ne plus proposer</translation>
    </message>
    <message>
        <source>Not this one again</source>
        <translation>Ne plus proposer</translation>
    </message>
    <message>
        <source>Never offer this exercise again; undo it in Settings, Exercises</source>
        <translation>Ne plus jamais proposer cet exercice ; à annuler dans Paramètres, Exercices</translation>
    </message>
    <message>
        <source>&amp;More like this</source>
        <translation>Plus &amp;souvent</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Plus souvent</translation>
    </message>
    <message>
        <source>Offer this exercise more often</source>
        <translation>Proposer cet exercice plus souvent</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>postureapp — New exercise</source>
        <extracomment>How soon after the last keystroke the whole exercise is checked again.</extracomment>
        <translation>postureapp — Nouvel exercice</translation>
    </message>
    <message>
        <source>postureapp — Edit exercise</source>
        <translation>postureapp — Modifier l’exercice</translation>
    </message>
    <message>
        <source>The exercise</source>
        <translation>L’exercice</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Steps, in the order they are done</source>
        <translation>Étapes, dans l’ordre où on les fait</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Length of the preview break</source>
        <translation>Durée de la pause d’essai</translation>
    </message>
    <message>
        <source>+ A&amp;dd step</source>
        <translation>+ &amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>▶ Tr&amp;y it as a break</source>
        <translation>▶ Essa&amp;yer en pause</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Durée de la pause</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>Étape {0}</translation>
    </message>
    <message>
        <source>✓ Ready: it can be saved and tried as a break.</source>
        <translation>✓ Prêt : il peut être enregistré et essayé en pause.</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>étape {0}</translation>
    </message>
    <message>
        <source>1 thing to fix or fill in before saving: {1}</source>
        <translation>1 point à corriger ou remplir avant d’enregistrer : {1}</translation>
    </message>
    <message>
        <source>{0} things to fix or fill in before saving: {1}</source>
        <translation>{0} points à corriger ou remplir avant d’enregistrer : {1}</translation>
    </message>
    <message>
        <source>As written it lasts {0} s; a break repeats or holds it to fit.</source>
        <translation>Tel qu’écrit, il dure {0} s ; une pause le répète ou le tient pour tomber juste.</translation>
    </message>
    <message>
        <source>postureapp — preview of {0}</source>
        <translation>postureapp — essai de {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The exercise could not be saved in {0}: {1}</source>
        <translation>L’exercice n’a pas pu être enregistré dans {0} : {1}</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Quitter sans enregistrer ?</translation>
    </message>
    <message>
        <source>Your changes to this exercise are not saved. Leave anyway?</source>
        <translation>Vos modifications de cet exercice ne sont pas enregistrées. Quitter quand même ?</translation>
    </message>
</context>
<context>
    <name>ExerciseKeeper</name>
    <message>
        <source>Exercise skipped: {0}</source>
        <extracomment>How long the folder must be quiet before it is read again.</extracomment>
        <translation>Exercice ignoré : {0}</translation>
    </message>
</context>
<context>
    <name>ExercisesPanel</name>
    <message>
        <source>By exercise</source>
        <translation>Par exercice</translation>
    </message>
    <message>
        <source>By body area</source>
        <translation>Par zone du corps</translation>
    </message>
    <message>
        <source>Breaks per exercise: sort by any column</source>
        <translation>Pauses par exercice : triez selon n’importe quelle colonne</translation>
    </message>
    <message>
        <source>Breaks per exercise, by how they ended</source>
        <translation>Pauses par exercice, selon leur fin</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Zone du corps</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Breaks that worked each area: completed, ended early (paler), skipped or snoozed (grey). An exercise counts for every area it works.</source>
        <translation>Pauses qui ont travaillé chaque zone : terminées, terminées plus tôt (plus pâle), passées ou reportées (gris). Un exercice compte pour chaque zone qu’il travaille.</translation>
    </message>
    <message>
        <source>Breaks with each exercise: completed, ended early (paler), skipped or snoozed (grey); the ten done most. Click a column to sort the table.</source>
        <translation>Pauses avec chaque exercice : terminées, terminées plus tôt (plus pâle), passées ou reportées (gris) ; les dix plus faits. Cliquez sur une colonne pour trier le tableau.</translation>
    </message>
</context>
<context>
    <name>ExercisesWindow</name>
    <message>
        <source>sitting</source>
        <translation>assis</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>debout</translation>
    </message>
    <message>
        <source>on the floor</source>
        <translation>au sol</translation>
    </message>
    <message>
        <source>postureapp — Your exercises</source>
        <translation>postureapp — Vos exercices</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Make your own, for example the routine your physiotherapist gave you, or copy a built-in one to change it. Yours are saved in {0} and come up in your breaks. Drop a pack file here to add the exercises in it.</source>
        <translation>Créez les vôtres, par exemple la routine de votre kinésithérapeute, ou copiez un exercice fourni pour le modifier. Les vôtres sont enregistrés dans {0} et reviennent dans vos pauses. Déposez ici un fichier de pack pour ajouter ses exercices.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Exercises, your own first</source>
        <translation>Exercices, les vôtres d’abord</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>&amp;Nouvel exercice…</translation>
    </message>
    <message>
        <source>&amp;Copy to a new one…</source>
        <translation>&amp;Copier dans un nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the chosen exercises as one file to share</source>
        <translation>Enregistrer les exercices choisis dans un fichier à partager</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add the exercises of a pack file</source>
        <translation>Ajouter les exercices d’un fichier de pack</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Les vôtres</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Fournis</translation>
    </message>
    <message>
        <source>Yours (none yet: press New exercise)</source>
        <translation>Les vôtres (aucun pour l’instant : appuyez sur Nouvel exercice)</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copie)</translation>
    </message>
    <message>
        <source>{0} (mine)</source>
        <translation>{0} (la mienne)</translation>
    </message>
    <message>
        <source>Delete exercises</source>
        <translation>Supprimer des exercices</translation>
    </message>
    <message>
        <source>Delete {0}? The file is kept aside as .deleted in {1}.</source>
        <translation>Supprimer {0} ? Le fichier est gardé de côté en .deleted dans {1}.</translation>
    </message>
    <message>
        <source>Export exercises</source>
        <translation>Exporter des exercices</translation>
    </message>
    <message>
        <source>Exercise packs (*.zip)</source>
        <translation>Packs d’exercices (*.zip)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>{0} exercise(s) saved in {1}. Send that file to share them.</source>
        <translation>{0} exercice(s) enregistré(s) dans {1}. Envoyez ce fichier pour les partager.</translation>
    </message>
    <message>
        <source>Import exercises</source>
        <translation>Importer des exercices</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>{0} h {1} min</source>
        <extracomment>Exercises named in each of the &quot;done most&quot; and &quot;done least&quot; lists.</extracomment>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>postureapp — History</source>
        <extracomment>The breaks table shows only this many of the range, so it fills in milliseconds. The exercises the settings may offer; only these appear as &quot;done least&quot; (None: all).</extracomment>
        <translation>postureapp — Historique</translation>
    </message>
    <message>
        <source>Your breaks</source>
        <translation>Vos pauses</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Exercices…</translation>
    </message>
    <message>
        <source>Your exercises: make, change or share</source>
        <translation>Vos exercices : créer, modifier ou partager</translation>
    </message>
    <message>
        <source>Result of the last import, export or report</source>
        <translation>Résultat du dernier import, export ou rapport</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins from a CSV or JSON export</source>
        <translation>Importer les pauses et les questions d’un export CSV ou JSON</translation>
    </message>
    <message>
        <source>Export all breaks and check-ins as CSV or JSON</source>
        <translation>Exporter toutes les pauses et questions en CSV ou JSON</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <source>Save a one-page PDF report of the range shown</source>
        <translation>Enregistrer un rapport PDF d’une page sur la période affichée</translation>
    </message>
    <message>
        <source>Views of the range</source>
        <translation>Vues de la période</translation>
    </message>
    <message>
        <source>&amp;Over time</source>
        <translation>Dans le &amp;temps</translation>
    </message>
    <message>
        <source>E&amp;xercises and areas</source>
        <translation>&amp;Exercices et zones</translation>
    </message>
    <message>
        <source>Check-ins, newest first</source>
        <translation>Questions, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>Breaks in the range, newest first</source>
        <translation>Pauses de la période, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Columns of the breaks</source>
        <translation>Colonnes des pauses</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pauses</translation>
    </message>
    <message>
        <source>Breaks over the range, with stiffness</source>
        <translation>Pauses sur la période, avec la raideur</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Exercices les plus faits</translation>
    </message>
    <message>
        <source>Exercises done least</source>
        <translation>Exercices les moins faits</translation>
    </message>
    <message>
        <source>Done most</source>
        <translation>Les plus faits</translation>
    </message>
    <message>
        <source>Done least</source>
        <translation>Les moins faits</translation>
    </message>
    <message>
        <source>When you take your first break, this window shows how your days go: breaks per day, your streak, and the exercises you do most.

You can take one now from the tray menu: Take a break now. Or bring your history from another computer with Import….</source>
        <translation>Dès votre première pause, cette fenêtre montre comment se passent vos journées : pauses par jour, votre série et les exercices que vous faites le plus.

Vous pouvez en faire une maintenant depuis le menu de la zone de notification : Faire une pause maintenant. Ou apportez votre historique d’un autre ordinateur avec Importer….</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pauses par jour</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>Pauses par semaine</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Pauses par mois</translation>
    </message>
    <message>
        <source>goal {0} a day (dashed); </source>
        <translation>objectif {0} par jour (en tirets) ; </translation>
    </message>
    <message>
        <source>: done, ended early (paler), put off (grey); </source>
        <translation> : faites, terminées plus tôt (plus pâle), repoussées (gris) ; </translation>
    </message>
    <message>
        <source>stiffness 0–10 (orange); ▲ a warning sign</source>
        <translation>raideur 0–10 (orange) ; ▲ un signe d’alerte</translation>
    </message>
    <message>
        <source>Export breaks and check-ins</source>
        <translation>Exporter les pauses et les questions</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json</source>
        <translation>impossible de déduire le format de {0} : nommez le fichier .csv ou .json</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>{0} pauses et {1} questions écrites dans {2}</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Import de {0}…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins</source>
        <translation>Importer des pauses et des questions</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>Exports (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <translation>ajoutées {0}, déjà présentes {1}</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>questions : ajoutées {0}, déjà présentes {1}</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>{0} importé</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Le rapport n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Report saved: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</source>
        <translation>Rapport enregistré : &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>{0} n’a pas pu être écrit : {1}</translation>
    </message>
    <message>
        <source>No breaks yet</source>
        <translation>Pas encore de pause</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}&#xa0;%</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Rien pour l’instant</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <extracomment>As the command line: records per transaction, and the pause between two.</extracomment>
        <translation>le journal des pauses ne peut pas être utilisé pour l’instant : {0}</translation>
    </message>
</context>
<context>
    <name>HurtDialog</name>
    <message>
        <source>Pause exercise breaks</source>
        <translation>Suspendre les pauses d’exercice</translation>
    </message>
    <message>
        <source>Pause exercise breaks until it is better</source>
        <translation>Suspendre les pauses d’exercice jusqu’à ce que ça aille mieux</translation>
    </message>
    <message>
        <source>Keep them on</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <source>Keep exercise breaks on</source>
        <translation>Garder les pauses d’exercice</translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <source>It comes early: the camera has seen a slouch for a while ({0}). Its exercise answers that.</source>
        <translation>Elle vient plus tôt : la caméra vous a vu avachi un moment ({0}). Son exercice y répond.</translation>
    </message>
    <message>
        <source>postureapp — break coming</source>
        <translation>postureapp — pause imminente</translation>
    </message>
    <message>
        <source>A long break</source>
        <translation>Une longue pause</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Une courte pause</translation>
    </message>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>Break coming</source>
        <translation>Pause imminente</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>Terminez votre idée&#xa0;; la pause commence à la fin du décompte.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the break now</source>
        <translation>Commencer la pause maintenant</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>Dans {0} min</translation>
    </message>
    <message>
        <source>Postpone the break by {0} minutes</source>
        <translation>Repousser la pause de {0} minutes</translation>
    </message>
    <message>
        <source>It cannot be postponed again.</source>
        <translation>Elle ne peut plus être repoussée.</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{0} dans {1} s</translation>
    </message>
</context>
<context>
    <name>PoseCanvas</name>
    <message>
        <source>Figure to pose</source>
        <extracomment>How near (in pixels) a press must be to a handle to take it. How far (in cm of the figure) an arrow key moves the selected handle. The handles&apos; names as a person reads them.</extracomment>
        <translation>Figure à positionner</translation>
    </message>
    <message>
        <source>Drag a round handle to move that part; arrow keys move the chosen one</source>
        <translation>Faites glisser une poignée ronde pour bouger cette partie ; les flèches déplacent celle choisie</translation>
    </message>
</context>
<context>
    <name>PoseEditor</name>
    <message>
        <source>Start from</source>
        <extracomment>A new picture starts as this spec with the chosen posture.</extracomment>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>Partir de…</translation>
    </message>
    <message>
        <source>Begin with a posture, or a copy of a built-in picture</source>
        <translation>Commencer par une posture, ou une copie d’une image fournie</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Gros plan</translation>
    </message>
    <message>
        <source>Show the body from the hips up, for small movements</source>
        <translation>Montrer le corps à partir des hanches, pour les petits mouvements</translation>
    </message>
    <message>
        <source>Start pose</source>
        <translation>Pose de départ</translation>
    </message>
    <message>
        <source>End pose</source>
        <translation>Pose de fin</translation>
    </message>
    <message>
        <source>Pose the figure as the step begins</source>
        <translation>Placer la figure comme au début de l’étape</translation>
    </message>
    <message>
        <source>Pose the figure as the movement ends</source>
        <translation>Placer la figure comme à la fin du mouvement</translation>
    </message>
    <message>
        <source>Copy the other pose</source>
        <translation>Copier l’autre pose</translation>
    </message>
    <message>
        <source>Make this pose the same as the other one</source>
        <translation>Rendre cette pose identique à l’autre</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Lire</translation>
    </message>
    <message>
        <source>Play the movement</source>
        <translation>Lire le mouvement</translation>
    </message>
    <message>
        <source>The movement, as in a break</source>
        <translation>Le mouvement, comme dans une pause</translation>
    </message>
    <message>
        <source>Click to pose again</source>
        <translation>Cliquez pour reprendre la pose</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Part of the body</source>
        <translation>Partie du corps</translation>
    </message>
    <message>
        <source>Both sides alike</source>
        <translation>Les deux côtés pareils</translation>
    </message>
    <message>
        <source>Set the same angles on the left and the right</source>
        <translation>Mettre les mêmes angles à gauche et à droite</translation>
    </message>
    <message>
        <source>Reset this part</source>
        <translation>Réinitialiser cette partie</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <source>No arrow</source>
        <translation>Pas de flèche</translation>
    </message>
    <message>
        <source>An arrow beside the path of this point</source>
        <translation>Une flèche le long du trajet de ce point</translation>
    </message>
    <message>
        <source>Arrow along</source>
        <translation>Flèche le long de</translation>
    </message>
    <message>
        <source>Pick End pose and drag a round handle to where the movement ends (or choose a part and set its angles); Play shows the movement as a break will.</source>
        <translation>Choisissez Pose de fin et faites glisser une poignée ronde là où le mouvement se termine (ou choisissez une partie et réglez ses angles) ; Lire montre le mouvement comme dans une pause.</translation>
    </message>
</context>
<context>
    <name>PostureApp</name>
    <message>
        <source>The break log was damaged. It was kept as {0}, and a new one was started.</source>
        <extracomment>How long to wait at start-up for a tray host that starts after us; longer at login, where the panel often comes up a little after the autostart entries.</extracomment>
        <translation>Le journal des pauses était endommagé. Il a été gardé sous {0}, et un nouveau a été commencé.</translation>
    </message>
    <message>
        <source>Starting at login could not be switched on: {0}</source>
        <translation>Le démarrage à la connexion n’a pas pu être activé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Starting at login could not be switched off: {0}</source>
        <translation>Le démarrage à la connexion n’a pas pu être désactivé&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>PosturePanel</name>
    <message>
        <source>When this is on, postureapp switches the camera on a few times a minute, for about a second, and reads from one picture where your ears and shoulders are. The picture is dropped at once; no picture is ever kept or sent, and nothing leaves this computer. What is kept are numbers: how you sit when upright, and each day&apos;s time upright and slouched. While the camera is on, the tray icon shows a red dot. The camera is not used while another program uses it or the microphone.</source>
        <translation>Quand cette option est activée, postureapp allume la caméra quelques fois par minute, environ une seconde, et lit sur une image où se trouvent vos oreilles et vos épaules. L&apos;image est aussitôt jetée ; aucune image n&apos;est jamais gardée ni envoyée, et rien ne quitte cet ordinateur. Ce qui est gardé, ce sont des nombres : votre position assise droite, et chaque jour le temps passé droit et avachi. Tant que la caméra est allumée, l&apos;icône de la zone de notification montre un point rouge. La caméra n&apos;est pas utilisée quand un autre programme l&apos;utilise, ou le micro.</translation>
    </message>
    <message>
        <source>● The camera is on</source>
        <translation>● La caméra est allumée</translation>
    </message>
    <message>
        <source>The camera is on</source>
        <translation>La caméra est allumée</translation>
    </message>
    <message>
        <source>Calibrate: sit tall for a few seconds</source>
        <translation>Calibrer : tenez-vous droit quelques secondes</translation>
    </message>
    <message>
        <source>Sit tall, facing the screen, shoulders relaxed, and keep still for a moment…</source>
        <translation>Tenez-vous droit, face à l&apos;écran, épaules détendues, et restez immobile un instant…</translation>
    </message>
    <message>
        <source>Recalibrate: sit tall for a few seconds</source>
        <translation>Recalibrer : tenez-vous droit quelques secondes</translation>
    </message>
    <message>
        <source>Switch posture sensing on below to calibrate.</source>
        <translation>Activez la détection de posture ci-dessous pour calibrer.</translation>
    </message>
    <message>
        <source>The camera could not be read: {0}</source>
        <translation>La caméra n&apos;a pas pu être lue : {0}</translation>
    </message>
    <message>
        <source>Calibrated. Recalibrate when you move the camera or chair.</source>
        <translation>Calibré. Recalibrez quand vous déplacez la caméra ou la chaise.</translation>
    </message>
    <message>
        <source>Not calibrated yet: sit tall and press Calibrate, so slouches can be told.</source>
        <translation>Pas encore calibré : tenez-vous droit et appuyez sur Calibrer, pour que l&apos;avachissement puisse être reconnu.</translation>
    </message>
    <message>
        <source>Calibrated: this is your upright posture now.</source>
        <translation>Calibré : c&apos;est maintenant votre posture droite.</translation>
    </message>
</context>
<context>
    <name>PostureWatch</name>
    <message>
        <source>Another program is using the camera or the microphone.</source>
        <extracomment>How many pictures a calibration takes (over about as many seconds). The day&apos;s figures are handed to the log at most this often (and at a new day, and at the end).</extracomment>
        <translation>Un autre programme utilise la caméra ou le micro.</translation>
    </message>
</context>
<context>
    <name>ProfessionalSuggestion</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, close this note</source>
        <translation>OK, fermer cette note</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>Range shown</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Du… au…</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Premier jour affiché</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Dernier jour affiché</translation>
    </message>
    <message>
        <source>Days in the range</source>
        <translation>Jours de la période</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} jours</translation>
    </message>
</context>
<context>
    <name>RecentBreaksModel</name>
    <message>
        <source>When</source>
        <extracomment>The role that gives the whole `BreakRow` of a table row, for views that need more than text.</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>Temps fait</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Courte</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Longue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminée plus tôt</translation>
    </message>
    <message>
        <source>Stopped: it hurt</source>
        <translation>Arrêtée&#xa0;: ça faisait mal</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Pause naturelle</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>This break is on screen now.</source>
        <translation>Cette pause est à l’écran en ce moment.</translation>
    </message>
    <message>
        <source>You did the whole break.</source>
        <translation>Vous avez fait toute la pause.</translation>
    </message>
    <message>
        <source>You skipped this break.</source>
        <translation>Vous avez passé cette pause.</translation>
    </message>
    <message>
        <source>You put this break off for a few minutes.</source>
        <translation>Vous avez reporté cette pause de quelques minutes.</translation>
    </message>
    <message>
        <source>You ended it before the end; the minutes count, the break is not completed.</source>
        <translation>Vous l’avez arrêtée avant la fin&#xa0;; les minutes comptent, la pause n’est pas terminée.</translation>
    </message>
    <message>
        <source>You stopped because something hurt. If it keeps hurting, see a clinician.</source>
        <translation>Vous avez arrêté parce que quelque chose faisait mal. Si ça continue, consultez un médecin.</translation>
    </message>
    <message>
        <source>You were away from the computer long enough to rest.</source>
        <translation>Vous étiez loin de l’ordinateur assez longtemps pour vous reposer.</translation>
    </message>
    <message>
        <source>The app stopped while this break was on screen.</source>
        <translation>L’application s’est arrêtée pendant que cette pause était à l’écran.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Heure fixe</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Your posture</source>
        <translation>Votre posture</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} min {1} s</source>
        <translation>{0} min {1} s</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>The break log {0} cannot be opened ({1}).</source>
        <extracomment>Seconds between two tries while the log refuses writes; the last one repeats. How long one write may wait for another writer&apos;s lock, on the GUI thread. Failed tries (about 8 s) before the user is told that outcomes are waiting. Errors that mean &quot;not now&quot;: retried. Anything else about a row is a bug, and it is dropped.</extracomment>
        <translation>Le journal des pauses {0} ne peut pas être ouvert ({1}).</translation>
    </message>
    <message>
        <source>Breaks cannot be written to the log {0} ({1}).</source>
        <translation>Les pauses ne peuvent pas être écrites dans le journal {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in {1} until the log takes it.</source>
        <translation>{0} Les pauses continuent, et ce qu’elles enregistrent est gardé dans {1} jusqu’à ce que le journal le prenne.</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in memory until the log takes it (the journal {1} cannot be written either: {2}), so it is lost if postureapp stops first.</source>
        <translation>{0} Les pauses continuent, et ce qu’elles enregistrent reste en mémoire jusqu’à ce que le journal le prenne (le journal d’attente {1} ne peut pas être écrit non plus&#xa0;: {2})&#xa0;; c’est donc perdu si postureapp s’arrête avant.</translation>
    </message>
    <message>
        <source>The journal of breaks waiting to be logged could not be read, so what it held was not logged. It is kept as {0}.</source>
        <translation>Le journal des pauses en attente n’a pas pu être lu, son contenu n’a donc pas été enregistré. Il est gardé sous {0}.</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Breaks and check-ins: a report for your clinician</source>
        <extracomment>The charts are laid out as if the paper were a screen of this many dots per inch. Exercises listed under &quot;done most&quot;.</extracomment>
        <translation>Pauses et questions : rapport pour votre soignant</translation>
    </message>
    <message>
        <source>{0} to {1} ({2} days)</source>
        <translation>Du {0} au {1} ({2} jours)</translation>
    </message>
    <message>
        <source>Made on {0} with postureapp {1}, from the breaks and check-ins it logged.</source>
        <translation>Créé le {0} avec postureapp {1}, à partir des pauses et questions qu’il a enregistrées.</translation>
    </message>
    <message>
        <source>This is a self-report: what the user did and felt, as they logged it. It is not a diagnosis and not medical advice.</source>
        <translation>Ceci est une auto-évaluation : ce que la personne a fait et ressenti, tel qu’elle l’a noté. Ce n’est pas un diagnostic ni un avis médical.</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Pauses terminées</translation>
    </message>
    <message>
        <source>of {0} reminders{1}</source>
        <translation>sur {0} rappels{1}</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminées plus tôt</translation>
    </message>
    <message>
        <source>{0} because it hurt</source>
        <translation>{0} parce que ça faisait mal</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Passées ou reportées</translation>
    </message>
    <message>
        <source>reminders put off</source>
        <translation>rappels repoussés</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Temps d’exercice</translation>
    </message>
    <message>
        <source>{0} a day</source>
        <translation>{0} par jour</translation>
    </message>
    <message>
        <source>Stiffness 0–10</source>
        <translation>Raideur 0–10</translation>
    </message>
    <message>
        <source>first and last week rated</source>
        <translation>première et dernière semaine notées</translation>
    </message>
    <message>
        <source>too few ratings</source>
        <translation>trop peu de notes</translation>
    </message>
    <message>
        <source>Days with a warning sign</source>
        <translation>Jours avec un signe d’alerte</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>aucun signalé</translation>
    </message>
    <message>
        <source>…, {0}</source>
        <translation>…, {0}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pauses par jour</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>Pauses par semaine</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Pauses par mois</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminées</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminées plus tôt</translation>
    </message>
    <message>
        <source>skipped or snoozed</source>
        <translation>passées ou reportées</translation>
    </message>
    <message>
        <source>goal: {0} a day</source>
        <translation>objectif : {0} par jour</translation>
    </message>
    <message>
        <source>Stiffness from check-ins (0 none, 10 very stiff)</source>
        <translation>Raideur d’après les questions (0 aucune, 10 très raide)</translation>
    </message>
    <message>
        <source>mean stiffness</source>
        <translation>raideur moyenne</translation>
    </message>
    <message>
        <source>warning sign reported</source>
        <translation>signe d’alerte signalé</translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation>Aucune question sur cette période.</translation>
    </message>
    <message>
        <source>Minutes by body area</source>
        <translation>Minutes par zone du corps</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Exercices les plus faits</translation>
    </message>
    <message>
        <source>No exercise time in this period.</source>
        <translation>Aucun temps d’exercice sur cette période.</translation>
    </message>
    <message>
        <source>An exercise counts for every area it works; a break&apos;s time is shared by its exercises.</source>
        <translation>Un exercice compte pour chaque zone qu’il travaille ; le temps d’une pause est réparti entre ses exercices.</translation>
    </message>
    <message>
        <source>Self-reported with postureapp. Not a diagnosis. Page 1 of 1.</source>
        <translation>Auto-évaluation avec postureapp. Pas un diagnostic. Page 1 sur 1.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>None done in this period.</source>
        <translation>Aucun fait sur cette période.</translation>
    </message>
    <message>
        <source>Notes from check-ins (newest first)</source>
        <translation>Notes des questions (les plus récentes d’abord)</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Aucune note sur cette période.</translation>
    </message>
    <message>
        <source>1 more note is in the app and its export.</source>
        <translation>1 autre note se trouve dans l’app et son export.</translation>
    </message>
    <message>
        <source>{0} more notes are in the app and its export.</source>
        <translation>{0} autres notes se trouvent dans l’app et son export.</translation>
    </message>
    <message>
        <source>… ({0} more words in the app)</source>
        <translation>… ({0} mots de plus dans l’application)</translation>
    </message>
</context>
<context>
    <name>Sensing</name>
    <message>
        <source>Switch posture sensing on first.</source>
        <translation>Activez d&apos;abord la détection de posture.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Create or edit your own exercises…</source>
        <translation>Créer ou modifier vos propres exercices…</translation>
    </message>
    <message>
        <source>Create or edit your own exercises</source>
        <translation>Créer ou modifier vos propres exercices</translation>
    </message>
    <message>
        <source>postureapp — Settings</source>
        <translation>postureapp — Paramètres</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pauses</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Horaires</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;xercices</translation>
    </message>
    <message>
        <source>Be&amp;haviour</source>
        <translation>&amp;Comportement</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>Ca&amp;méra</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>Courtes pauses</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>Longues pauses</translation>
    </message>
    <message>
        <source>Notice and snooze</source>
        <translation>Annonce et report</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>Breaks at fixed times</source>
        <translation>Pauses à heure fixe</translation>
    </message>
    <message>
        <source>Hold a break while busy</source>
        <translation>Retenir une pause quand vous êtes occupé</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Agendas</translation>
    </message>
    <message>
        <source>What exercises may ask for</source>
        <translation>Ce que les exercices peuvent demander</translation>
    </message>
    <message>
        <source>Each exercise</source>
        <translation>Chaque exercice</translation>
    </message>
    <message>
        <source>none — e.g. 09:00-12:30, 13:30-17:30</source>
        <translation>aucune — p. ex. 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>none — e.g. 11:00, 15:30</source>
        <translation>aucune — p. ex. 11:00, 15:30</translation>
    </message>
    <message>
        <source>the usual folder</source>
        <translation>le dossier habituel</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for {0}</source>
        <translation>Parcourir&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not change this: {0}</source>
        <translation>Modification impossible&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Put every setting back to its default value? Cancel will still bring back the settings you had before.</source>
        <translation>Remettre chaque paramètre à sa valeur par défaut&#xa0;? Annuler rétablira quand même les paramètres que vous aviez avant.</translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <source>Your settings could not be saved: {0}</source>
        <translation>Vos paramètres n’ont pas pu être enregistrés&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>POSTUREAPP</source>
        <translation>POSTUREAPP</translation>
    </message>
    <message>
        <source>● The camera is on</source>
        <translation>● La caméra est allumée</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>Prochaine pause</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety; breaks only remind you to move.</source>
        <translation>Les pauses d’exercice sont suspendues pour votre sécurité&#xa0;; les pauses rappellent seulement de bouger.</translation>
    </message>
    <message>
        <source>Pause for</source>
        <translation>Suspendre pendant</translation>
    </message>
    <message>
        <source>Closing it hides it; run postureapp again to bring it back.</source>
        <translation>La fermer la masque&#xa0;; relancez postureapp pour la faire revenir.</translation>
    </message>
    <message>
        <source>Closing it only minimises it; use Quit to stop the app.</source>
        <translation>La fermer ne fait que la réduire&#xa0;; utilisez «&#xa0;Quitter&#xa0;» pour arrêter l’application.</translation>
    </message>
    <message>
        <source>No system tray shows postureapp&apos;s icon, so it runs from this window.</source>
        <translation>Aucune zone de notification n’affiche l’icône de postureapp, il fonctionne donc depuis cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>No breathing cue</source>
        <translation>Pas d’indication de respiration</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Respirez lentement</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <source>In a line or two, e.g. “Breathing out, turn your chest to the right. Hold.”</source>
        <translation>En une ou deux lignes, p. ex. « En expirant, tournez la poitrine vers la droite. Tenez. »</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long, in seconds</source>
        <translation>Durée, en secondes</translation>
    </message>
    <message>
        <source>Breathing cue</source>
        <translation>Indication de respiration</translation>
    </message>
    <message>
        <source>Posed figure</source>
        <translation>Figure positionnée</translation>
    </message>
    <message>
        <source>My own picture</source>
        <translation>Ma propre image</translation>
    </message>
    <message>
        <source>Mirror it for the left side</source>
        <translation>La retourner pour le côté gauche</translation>
    </message>
    <message>
        <source>Untick for a picture with writing in it, which must not be mirrored</source>
        <translation>Décochez pour une image contenant du texte, qui ne doit pas être retournée</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>No picture chosen yet.</source>
        <translation>Aucune image choisie pour l’instant.</translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation>Votre image</translation>
    </message>
    <message>
        <source>SVG, PNG, JPEG or GIF (a GIF may move), up to 5 MB. It is copied into your exercises folder.</source>
        <translation>SVG, PNG, JPEG ou GIF (un GIF peut être animé), 5 Mo au plus. Elle est copiée dans votre dossier d’exercices.</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>Ce qu’il faut &amp;faire</translation>
    </message>
    <message>
        <source>How &amp;long</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>Images ({0})</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>{0}: details</source>
        <translation>{0}&#xa0;: détails</translation>
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminées plus tôt</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Passées ou reportées</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Exercises no longer in the library</source>
        <extracomment>The role the table sorts by: numbers as numbers. The chart shows this many rows at most (the table has them all).</extracomment>
        <translation>Exercices qui ne sont plus dans la bibliothèque</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportées</translation>
    </message>
    <message>
        <source>Minutes exercised (a break&apos;s time shared by its exercises)</source>
        <translation>Minutes d’exercice (le temps d’une pause réparti entre ses exercices)</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Pauses terminées</translation>
    </message>
    <message>
        <source>Breaks ended early with Done</source>
        <translation>Pauses terminées plus tôt avec Terminé</translation>
    </message>
    <message>
        <source>Breaks stopped with &apos;This hurts — stop&apos;</source>
        <translation>Pauses arrêtées avec « Ça fait mal — arrêter »</translation>
    </message>
    <message>
        <source>Breaks skipped</source>
        <translation>Pauses passées</translation>
    </message>
    <message>
        <source>Breaks snoozed</source>
        <translation>Pauses reportées</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>● The camera is on</source>
        <extracomment>Changes from the hosts come in bursts (a watcher, then its host); act once they settle. After making an icon, look again whether the host took it.</extracomment>
        <translation>● La caméra est allumée</translation>
    </message>
</context>
<context>
    <name>WarningPauseDialog</name>
    <message>
        <source>I have checked this with a clinician, or it has passed</source>
        <translation>J’en ai parlé à un médecin, ou c’est passé</translation>
    </message>
    <message>
        <source>Confirm it is safe to resume</source>
        <translation>Confirmer que la reprise est sans danger</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>Reprendre les pauses d’exercice</translation>
    </message>
    <message>
        <source>Keep paused</source>
        <translation>Laisser suspendu</translation>
    </message>
    <message>
        <source>Keep exercise breaks paused</source>
        <translation>Laisser les pauses d’exercice suspendues</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>About postureapp and safety</source>
        <translation>À propos de postureapp et de la sécurité</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>À propos des craquements</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Got it, close this window</source>
        <translation>Compris, fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to safety information</source>
        <translation>Retour aux informations de sécurité</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>Our own formats, when the system lacks the user&apos;s locale and we ship its language. argparse&apos;s own words (it looks them up through `argparse._`), marked here for lupdate.</extracomment>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont requis&#xa0;: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un de ces arguments est requis&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s pourrait correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non permis avec l’argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite %r ignoré</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d’ouvrir &apos;%(filename)s&apos;&#xa0;: %(error)s</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation>impossible de lire {0} : {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>impossible d’écrire {0} : {1}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>impossible de supprimer {0} : {1}</translation>
    </message>
    <message>
        <source>cannot read the desktop entry template {0}: {1}</source>
        <translation>impossible de lire le modèle d’entrée de bureau {0} : {1}</translation>
    </message>
</context>
<context>
    <name>calendars</name>
    <message>
        <source>calendar support is not installed; install it with: pip install &apos;postureapp[calendars]&apos;</source>
        <extracomment>The busy times kept: from a day back (a meeting that began yesterday evening) to 8 days on, as far as the planner looks ahead. Said when the calendar libraries (the `calendars` extra) are not installed (translated where it is shown, in the &quot;calendars&quot; context).</extracomment>
        <translation>la prise en charge des agendas n’est pas installée&#xa0;; installez-la avec&#xa0;: pip install &apos;postureapp[calendars]&apos;</translation>
    </message>
    <message>
        <source>the name {0} must be 1 to 40 letters, digits, spaces, dots, - or _</source>
        <translation>le nom {0} doit compter de 1 à 40 lettres, chiffres, espaces, points, - ou _</translation>
    </message>
    <message>
        <source>{0}: the kind must be one of {1}, got {2}</source>
        <translation>{0} : le type doit être l’un de {1}, reçu {2}</translation>
    </message>
    <message>
        <source>{0}: needs a location (a path or an address)</source>
        <translation>{0} : il faut un emplacement (un chemin ou une adresse)</translation>
    </message>
    <message>
        <source>{0}: the user must be text</source>
        <translation>{0} : l’utilisateur doit être du texte</translation>
    </message>
    <message>
        <source>{0}: {1} is not an absolute path</source>
        <translation>{0} : {1} n’est pas un chemin absolu</translation>
    </message>
    <message>
        <source>{0}: only a CalDAV account has a user</source>
        <translation>{0} : seul un compte CalDAV a un utilisateur</translation>
    </message>
    <message>
        <source>{0}: {1} is not an http(s) address</source>
        <translation>{0} : {1} n’est pas une adresse http(s)</translation>
    </message>
    <message>
        <source>{0}: the address holds a password; give the user with --user instead, and the password goes to the keyring</source>
        <translation>{0} : l’adresse contient un mot de passe ; donnez plutôt l’utilisateur avec --user, et le mot de passe ira dans le trousseau</translation>
    </message>
    <message>
        <source>two calendars are named {0} (or nearly)</source>
        <translation>deux calendriers s’appellent {0} (ou presque)</translation>
    </message>
    <message>
        <source>it is larger than {0} MB</source>
        <translation>il dépasse {0} Mo</translation>
    </message>
    <message>
        <source>part {0} is not iCalendar data</source>
        <translation>la partie {0} n’est pas au format iCalendar</translation>
    </message>
    <message>
        <source>it has more than {0} events in a week</source>
        <translation>il a plus de {0} événements en une semaine</translation>
    </message>
    <message>
        <source>{0} refused the user name or password</source>
        <translation>{0} a refusé le nom d’utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <source>{0} did not answer as a CalDAV server</source>
        <translation>{0} n’a pas répondu comme un serveur CalDAV</translation>
    </message>
    <message>
        <source>the server refused the connection (is it running?)</source>
        <extracomment>What the network libraries say, and what the user reads instead.</extracomment>
        <translation>le serveur a refusé la connexion (est-il en marche ?)</translation>
    </message>
    <message>
        <source>the server name is not known</source>
        <translation>le nom du serveur est inconnu</translation>
    </message>
    <message>
        <source>the server name could not be looked up (offline?)</source>
        <translation>le nom du serveur n’a pu être résolu (hors ligne ?)</translation>
    </message>
    <message>
        <source>the network is unreachable (offline?)</source>
        <translation>le réseau est injoignable (hors ligne ?)</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>le serveur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified</source>
        <translation>le certificat du serveur n’a pu être vérifié</translation>
    </message>
    <message>
        <source>a network error ({0})</source>
        <translation>une erreur réseau ({0})</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>{0} n’a pu être lu : {1}</translation>
    </message>
    <message>
        <source>{0} holds more than {1} .ics files</source>
        <extracomment>A folder with more calendar files than this is probably not the folder meant.</extracomment>
        <translation>{0} contient plus de {1} fichiers .ics</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} n’existe pas</translation>
    </message>
    <message>
        <source>{0} holds more than {1} MB</source>
        <translation>{0} contient plus de {1} Mo</translation>
    </message>
    <message>
        <source>no keyring is available to keep the password of {0} (install and unlock GNOME Keyring or KWallet), so this CalDAV account cannot be read; a calendar file or an iCalendar web address works without one</source>
        <translation>aucun trousseau n’est disponible pour garder le mot de passe de {0} (installez et déverrouillez GNOME Keyring ou KWallet) ; ce compte CalDAV ne peut donc pas être lu. Un fichier de calendrier ou une adresse web iCalendar fonctionne sans trousseau</translation>
    </message>
    <message>
        <source>the keyring could not give the password of {0} (is it locked?)</source>
        <translation>le trousseau n’a pu donner le mot de passe de {0} (est-il verrouillé ?)</translation>
    </message>
    <message>
        <source>no password for {0} in the keyring; add it again with postureapp calendar add (or in Settings)</source>
        <translation>aucun mot de passe pour {0} dans le trousseau ; ajoutez-le de nouveau avec postureapp calendar add (ou dans les Paramètres)</translation>
    </message>
    <message>
        <source>the keyring refused the password of {0}</source>
        <translation>le trousseau a refusé le mot de passe de {0}</translation>
    </message>
    <message>
        <source>{0} answered with the HTTP error {1}</source>
        <translation>{0} a répondu par l’erreur HTTP {1}</translation>
    </message>
    <message>
        <source>{0} sent more than {1} MB</source>
        <translation>{0} a envoyé plus de {1} Mo</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>The posture model is not available for Python {0} (it needs 3.11 or 3.12), so posture sensing cannot be used with this installation.</source>
        <extracomment>The model ships inside these mediapipe releases only (later ones download it at run time). The newest Python those releases have wheels for.</extracomment>
        <translation>Le modèle de posture n&apos;existe pas pour Python {0} (il lui faut 3.11 ou 3.12) : la détection de posture ne peut pas être utilisée avec cette installation.</translation>
    </message>
    <message>
        <source>The camera extra is not installed. Install it with: pip install &apos;postureapp[camera]&apos; (about 1 GB), then restart postureapp.</source>
        <translation>L&apos;extra caméra n&apos;est pas installé. Installez-le avec : pip install &apos;postureapp[camera]&apos; (environ 1 Go), puis redémarrez postureapp.</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <extracomment>A camera&apos;s first frames are dark or blurred while its exposure settles. Without a picture this long after switching on, the camera counts as not working.</extracomment>
        <translation>Aucune caméra n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>No video at {0}.</source>
        <translation>Aucune vidéo à {0}.</translation>
    </message>
    <message>
        <source>The camera is busy.</source>
        <translation>La caméra est occupée.</translation>
    </message>
    <message>
        <source>The camera gave no picture.</source>
        <translation>La caméra n&apos;a donné aucune image.</translation>
    </message>
    <message>
        <source>The posture model failed: {0}</source>
        <extracomment>Seconds between the pictures of one read (a calibration takes several).</extracomment>
        <translation>Le modèle de posture a échoué : {0}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A system-tray reminder for short upper-back mobility breaks. Without a command it starts the app (or shows the one already running).</source>
        <translation>Un rappel dans la zone de notification pour de courtes pauses de mobilité du haut du dos. Sans commande, il démarre l’application (ou montre celle qui tourne déjà).</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 not done (not running, refused, or problems found); 2 cannot run as given (wrong arguments, a missing file, no display).</source>
        <translation>Codes de sortie&#xa0;: 0 fait&#xa0;; 1 pas fait (pas lancé, refusé ou problèmes trouvés)&#xa0;; 2 impossible tel quel (mauvais arguments, un fichier manquant, pas d’écran).</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>started at login: wait longer for the system tray to appear</source>
        <translation>lancé à la connexion&#xa0;: attendre plus longtemps la zone de notification</translation>
    </message>
    <message>
        <source>postureapp: no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from a desktop session.</source>
        <translation>postureapp&#xa0;: aucun écran trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définis)&#xa0;; lancez-le depuis une session de bureau.</translation>
    </message>
    <message>
        <source>postureapp is already running; its window was brought up.</source>
        <translation>postureapp tourne déjà&#xa0;; sa fenêtre a été affichée.</translation>
    </message>
    <message>
        <source>calendars whose events hold breaks</source>
        <translation>agendas dont les événements retiennent les pauses</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Files and folders of .ics files, iCalendar web addresses, CalDAV accounts.</source>
        <translation>Agendas dont les événements retiennent les pauses&#xa0;: aucune pause pendant un événement occupé, aucune juste avant. Fichiers et dossiers de fichiers .ics, adresses web iCalendar, comptes CalDAV.</translation>
    </message>
    <message>
        <source>add a calendar</source>
        <translation>ajouter un agenda</translation>
    </message>
    <message>
        <source>Add a calendar.</source>
        <translation>Ajouter un agenda.</translation>
    </message>
    <message>
        <source>a short name, e.g. work</source>
        <translation>un nom court, p. ex. travail</translation>
    </message>
    <message>
        <source>a .ics file or folder, an http(s) or webcal address</source>
        <translation>un fichier .ics ou un dossier, une adresse http(s) ou webcal</translation>
    </message>
    <message>
        <source>the address is a CalDAV account or calendar</source>
        <translation>l’adresse est un compte ou un agenda CalDAV</translation>
    </message>
    <message>
        <source>the CalDAV user name (asks for the password)</source>
        <translation>le nom d’utilisateur CalDAV (demande le mot de passe)</translation>
    </message>
    <message>
        <source>read the CalDAV password from standard input</source>
        <translation>lire le mot de passe CalDAV sur l’entrée standard</translation>
    </message>
    <message>
        <source>list the calendars</source>
        <translation>lister les agendas</translation>
    </message>
    <message>
        <source>remove a calendar (and its stored password)</source>
        <translation>retirer un agenda (et son mot de passe enregistré)</translation>
    </message>
    <message>
        <source>read the calendars now and say what they hold</source>
        <translation>lire les agendas maintenant et dire ce qu’ils contiennent</translation>
    </message>
    <message>
        <source>only this calendar</source>
        <translation>seulement cet agenda</translation>
    </message>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}&#xa0;: fichier {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}&#xa0;: adresse web {1}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation>{0}&#xa0;: CalDAV {1} en tant que {2}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation>{0}&#xa0;: CalDAV {1}</translation>
    </message>
    <message>
        <source>Password for {0} (kept in your keyring): </source>
        <translation>Mot de passe pour {0} (gardé dans votre trousseau)&#xa0;: </translation>
    </message>
    <message>
        <source>give the password with --password-stdin</source>
        <translation>donnez le mot de passe avec --password-stdin</translation>
    </message>
    <message>
        <source>{0} (remove it first, or pick another name)</source>
        <translation>{0} (retirez-le d’abord, ou choisissez un autre nom)</translation>
    </message>
    <message>
        <source>Added {0}. Check it with: postureapp calendar test {1}</source>
        <translation>{0} ajouté. Vérifiez-le avec&#xa0;: postureapp calendar test {1}</translation>
    </message>
    <message>
        <source>Note: {0}.</source>
        <translation>Note&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Note: {0} does not exist (yet); it holds nothing until it does.</source>
        <translation>Note&#xa0;: {0} n’existe pas (encore)&#xa0;; il ne contient rien tant qu’il n’existe pas.</translation>
    </message>
    <message>
        <source>No calendars. Add one with: postureapp calendar add NAME FILE-OR-ADDRESS</source>
        <translation>Aucun agenda. Ajoutez-en un avec&#xa0;: postureapp calendar add NOM FICHIER-OU-ADRESSE</translation>
    </message>
    <message>
        <source>(last read {0})</source>
        <translation>(lu le {0})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no calendar is named {0} (there are: {1})</source>
        <translation>aucun agenda ne s’appelle {0} (il y a&#xa0;: {1})</translation>
    </message>
    <message>
        <source>Removed {0}.</source>
        <translation>{0} retiré.</translation>
    </message>
    <message>
        <source>no calendar named {0}</source>
        <translation>aucun agenda nommé {0}</translation>
    </message>
    <message>
        <source>no calendar yet</source>
        <translation>pas encore d’agenda</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}; the copy from {2} is used</source>
        <translation>{0}&#xa0;: n’a pas pu être lu&#xa0;: {1}&#xa0;; la copie du {2} est utilisée</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}</source>
        <translation>{0}&#xa0;: n’a pas pu être lu&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} busy event(s) in the next 8 days, read in {2} s</source>
        <translation>{0}&#xa0;: événements occupés dans les 8 prochains jours&#xa0;: {1}, lu en {2} s</translation>
    </message>
    <message>
        <source>; next: {0}</source>
        <translation>&#xa0;; prochain&#xa0;: {0}</translation>
    </message>
    <message>
        <source>show or change settings</source>
        <translation>afficher ou modifier les paramètres</translation>
    </message>
    <message>
        <source>Show or change the settings file; the running app picks changes up.</source>
        <translation>Afficher ou modifier le fichier de paramètres&#xa0;; l’application en cours prend les changements en compte.</translation>
    </message>
    <message>
        <source>print where the settings file is</source>
        <translation>afficher où se trouve le fichier de paramètres</translation>
    </message>
    <message>
        <source>list every setting, marking the ones changed from the default</source>
        <translation>lister tous les paramètres, en marquant ceux qui diffèrent de la valeur par défaut</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>afficher la valeur d’un paramètre</translation>
    </message>
    <message>
        <source>change one setting</source>
        <translation>modifier un paramètre</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>p. ex. {0}</translation>
    </message>
    <message>
        <source>put one setting, or all of them, back to the default</source>
        <translation>remettre un paramètre, ou tous, à la valeur par défaut</translation>
    </message>
    <message>
        <source>the setting to reset; all of them when left out</source>
        <translation>le paramètre à remettre&#xa0;; tous s’il est omis</translation>
    </message>
    <message>
        <source>changed; default {0}</source>
        <translation>modifié&#xa0;; défaut {0}</translation>
    </message>
    <message>
        <source>Every setting already has its default value.</source>
        <translation>Tous les paramètres ont déjà leur valeur par défaut.</translation>
    </message>
    <message>
        <source>The old settings are kept in {0}</source>
        <translation>Les anciens paramètres sont gardés dans {0}</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à changer.</translation>
    </message>
    <message>
        <source>the setting is saved, but {0}</source>
        <translation>le paramètre est enregistré, mais {0}</translation>
    </message>
    <message>
        <source>{0} is left unchanged (see above)</source>
        <translation>{0} reste inchangé (voir plus haut)</translation>
    </message>
    <message>
        <source>add postureapp and its icon to the application menu (Linux)</source>
        <extracomment>The AppStream component id: the metainfo file&apos;s name and the Flatpak app id (packaging/).</extracomment>
        <translation>ajouter postureapp et son icône au menu des applications (Linux)</translation>
    </message>
    <message>
        <source>take postureapp and its icon out of the application menu (Linux)</source>
        <translation>retirer postureapp et son icône du menu des applications (Linux)</translation>
    </message>
    <message>
        <source>start postureapp when you log in: on, off or status</source>
        <translation>lancer postureapp à la connexion&#xa0;: on, off ou status</translation>
    </message>
    <message>
        <source>switch it on or off, or say which it is</source>
        <translation>l’activer ou le désactiver, ou dire où il en est</translation>
    </message>
    <message>
        <source>the entry is switched, but the setting is not: {0}</source>
        <translation>l’entrée est modifiée, mais pas le paramètre&#xa0;: {0}</translation>
    </message>
    <message>
        <source>desktop entries are a Linux feature; this system is {0}. Use `postureapp autostart on` to start at login.</source>
        <translation>les entrées de bureau n’existent que sous Linux&#xa0;; ce système est {0}. Utilisez `postureapp autostart on` pour démarrer à la connexion.</translation>
    </message>
    <message>
        <source>cannot read the icon {0}: {1}</source>
        <translation>impossible de lire l’icône {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>cannot read the metainfo {0}: {1}</source>
        <translation>impossible de lire les métadonnées {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Écrit&#xa0;: {0}</translation>
    </message>
    <message>
        <source>the icon ({0} files: scalable and fixed sizes) under {1}</source>
        <translation>l’icône ({0} fichiers&#xa0;: vectorielle et tailles fixes) sous {1}</translation>
    </message>
    <message>
        <source>Not there, nothing to remove: {0}</source>
        <translation>Absent, rien à retirer&#xa0;: {0}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>impossible de retirer {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Removed {0}</source>
        <translation>Retiré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No icon there, nothing to remove: {0}</source>
        <translation>Pas d’icône, rien à retirer&#xa0;: {0}</translation>
    </message>
    <message>
        <source>postureapp starts at login ({0}).</source>
        <translation>postureapp démarre à la connexion ({0}).</translation>
    </message>
    <message>
        <source>postureapp does not start at login.</source>
        <translation>postureapp ne démarre pas à la connexion.</translation>
    </message>
    <message>
        <source>list or validate exercise packs</source>
        <translation>lister ou vérifier des paquets d’exercices</translation>
    </message>
    <message>
        <source>show every exercise the app will offer</source>
        <translation>montrer chaque exercice que l’application proposera</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>afficher un document JSON</translation>
    </message>
    <message>
        <source>check an exercise file or a pack folder</source>
        <translation>vérifier un fichier d’exercice ou un dossier de paquet</translation>
    </message>
    <message>
        <source>a .toml file or a folder</source>
        <translation>un fichier .toml ou un dossier</translation>
    </message>
    <message>
        <source>save exercises, with their pictures, as one pack file to share</source>
        <translation>enregistrer des exercices, avec leurs images, dans un fichier de pack à partager</translation>
    </message>
    <message>
        <source>the exercises (see `list`)</source>
        <translation>les exercices (voir `list`)</translation>
    </message>
    <message>
        <source>add the exercises of a pack file to your own</source>
        <translation>ajouter les exercices d’un fichier de pack aux vôtres</translation>
    </message>
    <message>
        <source>Add a pack&apos;s exercises to your custom folder. One whose id you already have is added beside yours under a new id, unless you say otherwise.</source>
        <translation>Ajoute les exercices d’un pack à votre dossier personnel. Un exercice dont vous avez déjà l’identifiant est ajouté à côté du vôtre sous un nouvel identifiant, sauf indication contraire.</translation>
    </message>
    <message>
        <source>a pack file</source>
        <translation>un fichier de pack</translation>
    </message>
    <message>
        <source>replace your exercises that have the same id</source>
        <translation>remplacer vos exercices qui ont le même identifiant</translation>
    </message>
    <message>
        <source>leave out exercises whose id you have</source>
        <translation>laisser de côté les exercices dont vous avez l’identifiant</translation>
    </message>
    <message>
        <source>built-in</source>
        <extracomment>Where an exercise came from, in words.</extracomment>
        <translation>intégré</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSITION</translation>
    </message>
    <message>
        <source>SUITS</source>
        <translation>CONVIENT À</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>No exercises found.</source>
        <translation>Aucun exercice trouvé.</translation>
    </message>
    <message>
        <source>note: {0}</source>
        <translation>note&#xa0;: {0}</translation>
    </message>
    <message>
        <source>problem: {0}</source>
        <translation>problème&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}: no such file or folder</source>
        <translation>{0}&#xa0;: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>{0} problem(s) in {1} file(s)</source>
        <translation>Problèmes&#xa0;: {0}, dans les fichiers&#xa0;: {1}</translation>
    </message>
    <message>
        <source>OK: {0} exercise</source>
        <translation>OK&#xa0;: {0} exercice</translation>
    </message>
    <message>
        <source>OK: {0} exercises</source>
        <translation>OK&#xa0;: {0} exercices</translation>
    </message>
    <message>
        <source>no exercise with the id {0} (see `postureapp exercises list`)</source>
        <translation>aucun exercice avec l’identifiant {0} (voir `postureapp exercises list`)</translation>
    </message>
    <message>
        <source>{0}: cannot write the pack ({1})</source>
        <translation>{0} : impossible d’écrire le pack ({1})</translation>
    </message>
    <message>
        <source>Saved 1 exercise to {0}</source>
        <translation>1 exercice enregistré dans {0}</translation>
    </message>
    <message>
        <source>Saved {0} exercises to {1}</source>
        <translation>{0} exercices enregistrés dans {1}</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0} : fichier introuvable</translation>
    </message>
    <message>
        <source>{0}: not imported; nothing was written</source>
        <translation>{0} : non importé ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>{0}: cannot write there ({1})</source>
        <translation>{0} : impossible d’y écrire ({1})</translation>
    </message>
    <message>
        <source>Your exercises are in {0}</source>
        <translation>Vos exercices sont dans {0}</translation>
    </message>
    <message>
        <source>show break statistics</source>
        <translation>afficher les statistiques des pauses</translation>
    </message>
    <message>
        <source>the days of a range ending today, as the history window&apos;s</source>
        <translation>les jours d’une période finissant aujourd’hui, comme dans la fenêtre d’historique</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>completed breaks a streak day needs (default: the {0} setting)</source>
        <translation>pauses terminées nécessaires pour un jour de série (par défaut&#xa0;: le paramètre {0})</translation>
    </message>
    <message>
        <source>write the break log as CSV or JSON</source>
        <translation>écrire le journal des pauses en CSV ou JSON</translation>
    </message>
    <message>
        <source>default: the output file&apos;s extension (.csv or .json), else CSV</source>
        <translation>par défaut : l’extension du fichier de sortie (.csv ou .json), sinon CSV</translation>
    </message>
    <message>
        <source>default: stdout</source>
        <translation>par défaut&#xa0;: sortie standard</translation>
    </message>
    <message>
        <source>merge a CSV or JSON export into the break log</source>
        <translation>fusionner un export CSV ou JSON dans le journal des pauses</translation>
    </message>
    <message>
        <source>first local day, YYYY-MM-DD</source>
        <translation>premier jour local, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last local day, YYYY-MM-DD (included)</source>
        <translation>dernier jour local, YYYY-MM-DD (inclus)</translation>
    </message>
    <message>
        <source>{0}: expected a real date as YYYY-MM-DD, found {1}</source>
        <translation>{0}&#xa0;: une vraie date au format YYYY-MM-DD est attendue, trouvé {1}</translation>
    </message>
    <message>
        <source>--since ({0}) is after --until ({1})</source>
        <translation>--since ({0}) est après --until ({1})</translation>
    </message>
    <message>
        <source>the break log was damaged; it was kept as {0} and a new one was started</source>
        <translation>le journal des pauses était endommagé&#xa0;; il a été gardé sous {0} et un nouveau a été commencé</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <translation>le journal des pauses ne peut pas être utilisé pour l’instant&#xa0;: {0}</translation>
    </message>
    <message>
        <source>the break log {0} looks damaged ({1}); start postureapp to set it aside and begin a new one</source>
        <translation>le journal des pauses {0} semble endommagé ({1})&#xa0;; lancez postureapp pour le mettre de côté et en commencer un nouveau</translation>
    </message>
    <message>
        <source>--last cannot be combined with --since or --until</source>
        <translation>--last ne peut pas être combiné avec --since ou --until</translation>
    </message>
    <message>
        <source>--streak-min: expected 1 or more, found {0}</source>
        <translation>--streak-min&#xa0;: 1 ou plus attendu, trouvé {0}</translation>
    </message>
    <message>
        <source>last {0} days</source>
        <translation>{0} derniers jours</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>du {0} au {1}</translation>
    </message>
    <message>
        <source>no breaks yet</source>
        <translation>pas encore de pause</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>cette semaine</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>ce mois-ci</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminées</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>taux de réussite</translation>
    </message>
    <message>
        <source>streak</source>
        <translation>série</translation>
    </message>
    <message>
        <source>exercised</source>
        <translation>exercice</translation>
    </message>
    <message>
        <source>most done</source>
        <translation>les plus faits</translation>
    </message>
    <message>
        <source>least done</source>
        <translation>les moins faits</translation>
    </message>
    <message>
        <source>Breaks as of {0}</source>
        <translation>Pauses au {0}</translation>
    </message>
    <message>
        <source>{0} (natural breaks not counted)</source>
        <translation>{0} (pauses naturelles non comptées)</translation>
    </message>
    <message>
        <source>days now: {0}, best: {1} (a day counts with {2} or more completed breaks)</source>
        <translation>jours actuels&#xa0;: {0}, record&#xa0;: {1} (un jour compte avec {2} pauses terminées ou plus)</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>completed per day, {0}:</source>
        <translation>terminées par jour, {0} :</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json, or give --format</source>
        <translation>impossible de déduire le format de {0} : nommez le fichier .csv ou .json, ou indiquez --format</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>{0} pauses et {1} questions écrites dans {2}</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>questions : ajoutées {0}, déjà présentes {1}</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <extracomment>Breaks an import writes per transaction, and the pause between two: the running app&apos;s writes get the lock in between, so a long import never holds up a break&apos;s outcome.</extracomment>
        <translation>ajoutées {0}, déjà présentes {1}</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}&#xa0;%</translation>
    </message>
    <message>
        <source>postureapp is not running (start it with: postureapp)</source>
        <translation>postureapp ne tourne pas (lancez-le avec&#xa0;: postureapp)</translation>
    </message>
    <message>
        <source>{0} (in {1} min)</source>
        <translation>{0} (dans {1} min)</translation>
    </message>
    <message>
        <source>{0} (now)</source>
        <translation>{0} (maintenant)</translation>
    </message>
    <message>
        <source>interval</source>
        <extracomment>Why the next break comes when it does (`status`&apos;s reason), in words.</extracomment>
        <translation>intervalle</translation>
    </message>
    <message>
        <source>long</source>
        <translation>intervalle</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>report</translation>
    </message>
    <message>
        <source>after-pause</source>
        <translation>après la suspension</translation>
    </message>
    <message>
        <source>fixed-time</source>
        <translation>heure fixe</translation>
    </message>
    <message>
        <source>working-hours-start</source>
        <translation>début des heures de travail</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>posture</translation>
    </message>
    <message>
        <source>postureapp: could not reach the running instance: {0}</source>
        <translation>postureapp&#xa0;: impossible de joindre l’instance en cours&#xa0;: {0}</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>la demande a été refusée</translation>
    </message>
    <message>
        <source>On a break now.</source>
        <translation>En pause en ce moment.</translation>
    </message>
    <message>
        <source>Paused until you resume (postureapp resume).</source>
        <translation>Suspendu jusqu’à ce que vous repreniez (postureapp resume).</translation>
    </message>
    <message>
        <source>Paused until {0}.</source>
        <translation>Suspendu jusqu’à {0}.</translation>
    </message>
    <message>
        <source>Next {0} at {1} ({2}).</source>
        <translation>Prochaine {0} à {1} ({2}).</translation>
    </message>
    <message>
        <source>Outside working hours; breaks resume at {0}.</source>
        <translation>En dehors des heures de travail&#xa0;; les pauses reprennent à {0}.</translation>
    </message>
    <message>
        <source>A break is due and waits for you to come back.</source>
        <translation>Une pause est due et attend votre retour.</translation>
    </message>
    <message>
        <source>A break is due and waits for a full-screen window to close.</source>
        <translation>Une pause est due et attend qu’une fenêtre plein écran se ferme.</translation>
    </message>
    <message>
        <source>A break is due and waits for do-not-disturb to end.</source>
        <translation>Une pause est due et attend la fin du mode Ne pas déranger.</translation>
    </message>
    <message>
        <source>A break is due and waits for your call to end.</source>
        <translation>Une pause est due et attend la fin de votre appel.</translation>
    </message>
    <message>
        <source>A break is due and waits for an event in your calendar to end.</source>
        <translation>Une pause est due et attend la fin d’un événement de votre agenda.</translation>
    </message>
    <message>
        <source>A break is due and waits ({0}).</source>
        <translation>Une pause est due et attend ({0}).</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for safety; breaks only remind you to move (resume them from About &amp; safety: postureapp open about).</source>
        <translation>Les pauses d’exercice sont suspendues pour votre sécurité&#xa0;; les pauses rappellent seulement de bouger (reprenez-les depuis «&#xa0;À propos &amp; sécurité&#xa0;»&#xa0;: postureapp open about).</translation>
    </message>
    <message>
        <source>Calendar {0} could not be read: {1}</source>
        <translation>L’agenda {0} n’a pas pu être lu&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Snoozes in a row: {0}</source>
        <translation>Reports de suite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Idle time: {0} ({1} s idle now).</source>
        <translation>Inactivité&#xa0;: {0} ({1} s d’inactivité en ce moment).</translation>
    </message>
    <message>
        <source>Idle time cannot be read here, so there are no natural breaks.</source>
        <translation>L’inactivité ne peut pas être lue ici, il n’y a donc pas de pauses naturelles.</translation>
    </message>
    <message>
        <source>“{0}” ({1})</source>
        <translation>«&#xa0;{0}&#xa0;» ({1})</translation>
    </message>
    <message>
        <source>an event ({0})</source>
        <translation>un événement ({0})</translation>
    </message>
    <message>
        <source>It comes early, before {0}.</source>
        <translation>Elle vient plus tôt, avant {0}.</translation>
    </message>
    <message>
        <source>It waits for {0} to end.</source>
        <translation>Elle attend la fin de {0}.</translation>
    </message>
    <message>
        <source>Held during {0}.</source>
        <translation>Retenue pendant {0}.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Repris.</translation>
    </message>
    <message>
        <source>Breaks were not paused.</source>
        <translation>Les pauses n’étaient pas suspendues.</translation>
    </message>
    <message>
        <source>Exercise breaks stay paused for your safety: About &amp; safety is open, where you can confirm it is safe to resume them.</source>
        <translation>Les pauses d’exercice restent suspendues pour votre sécurité&#xa0;: «&#xa0;À propos &amp; sécurité&#xa0;» est ouvert, vous pouvez y confirmer que la reprise est sans danger.</translation>
    </message>
    <message>
        <source>Paused until you resume.</source>
        <translation>Suspendu jusqu’à ce que vous repreniez.</translation>
    </message>
    <message>
        <source>Break started. (Note: {0}.)</source>
        <translation>Pause commencée. (Note&#xa0;: {0}.)</translation>
    </message>
    <message>
        <source>Break started.</source>
        <translation>Pause commencée.</translation>
    </message>
    <message>
        <source>Break skipped.</source>
        <extracomment>What each command prints when it was carried out.</extracomment>
        <translation>Pause passée.</translation>
    </message>
    <message>
        <source>postureapp is quitting.</source>
        <translation>postureapp se ferme.</translation>
    </message>
    <message>
        <source>when the next break is, and whether the app is paused</source>
        <extracomment>The windows `postureapp open WINDOW` can bring up in the running instance. Every command the running app understands, in the order `postureapp --help` lists them.</extracomment>
        <translation>quand vient la prochaine pause, et si l’application est suspendue</translation>
    </message>
    <message>
        <source>start a break now</source>
        <translation>commencer une pause maintenant</translation>
    </message>
    <message>
        <source>do this exercise (see: exercises list)</source>
        <translation>faire cet exercice (voir&#xa0;: exercises list)</translation>
    </message>
    <message>
        <source>pause breaks: 30m, 1h, until-tomorrow or indefinitely</source>
        <translation>suspendre les pauses&#xa0;: 30m, 1h, until-tomorrow ou indefinitely</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>mettre fin à une suspension</translation>
    </message>
    <message>
        <source>skip the break on screen (not in strict mode)</source>
        <translation>passer la pause à l’écran (pas en mode strict)</translation>
    </message>
    <message>
        <source>bring up a window of the running app</source>
        <translation>afficher une fenêtre de l’application en cours</translation>
    </message>
    <message>
        <source>bring up the running app&apos;s status window</source>
        <translation>afficher la fenêtre d’état de l’application en cours</translation>
    </message>
    <message>
        <source>stop the running app</source>
        <translation>arrêter l’application en cours</translation>
    </message>
    <message>
        <source>pause: expected 30m, 1h, until-tomorrow or indefinitely (or N m / N h up to 24 h), got {0}</source>
        <extracomment>command -&gt; its argument: &quot;none&quot;, &quot;optional&quot; or &quot;required&quot; What `parse_pause` says of an argument it cannot read (the &quot;cli&quot; context translates it).</extracomment>
        <translation>pause&#xa0;: 30m, 1h, until-tomorrow ou indefinitely attendu (ou N m / N h jusqu’à 24 h), trouvé {0}</translation>
    </message>
    <message>
        <source>postureapp could not do that ({0})</source>
        <extracomment>What the running app answers when carrying out a request went wrong; {0} says why.</extracomment>
        <translation>postureapp n’a pas pu le faire ({0})</translation>
    </message>
    <message>
        <source>write a one-page PDF of your breaks and check-ins for a clinician</source>
        <translation>écrire un PDF d’une page de vos pauses et questions pour un soignant</translation>
    </message>
    <message>
        <source>Write a one-page PDF of a range of your breaks and check-ins: breaks per week, minutes by body area, the exercises done most, the stiffness trend with the days a warning sign was reported, and your notes. Without a range: the last 3 months.</source>
        <translation>Écrit un PDF d’une page sur une période de vos pauses et questions : pauses par semaine, minutes par zone du corps, exercices les plus faits, évolution de la raideur avec les jours où un signe d’alerte a été signalé, et vos notes. Sans période : les 3 derniers mois.</translation>
    </message>
    <message>
        <source>a range ending today (all: from the first logged day)</source>
        <translation>une période finissant aujourd’hui (all : depuis le premier jour enregistré)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>le PDF à écrire</translation>
    </message>
    <message>
        <source>--since ({0}) is after the last day ({1})</source>
        <translation>--since ({0}) est après le dernier jour ({1})</translation>
    </message>
    <message>
        <source>-o: the report is a PDF; name it .pdf, found {0}</source>
        <translation>-o : le rapport est un PDF ; nommez-le .pdf, trouvé {0}</translation>
    </message>
    <message>
        <source>no breaks logged yet; nothing to report</source>
        <translation>aucune pause enregistrée pour l’instant ; rien à rapporter</translation>
    </message>
    <message>
        <source>wrote {0}: {1} to {2}, {3} breaks completed, {4} check-ins, {5} notes</source>
        <translation>{0} écrit : du {1} au {2}, {3} pauses terminées, {4} questions, {5} notes</translation>
    </message>
    <message>
        <source>your head forward and down</source>
        <translation>la tête en avant et vers le bas</translation>
    </message>
    <message>
        <source>your shoulders rounded</source>
        <translation>les épaules enroulées</translation>
    </message>
    <message>
        <source>your body leaning to one side</source>
        <translation>le buste penché sur le côté</translation>
    </message>
    <message>
        <source>upright</source>
        <extracomment>What the last reading saw, besides a slouch (whose label is in the &apos;posture&apos; context).</extracomment>
        <translation>droit</translation>
    </message>
    <message>
        <source>in view</source>
        <translation>visible</translation>
    </message>
    <message>
        <source>nobody in view</source>
        <translation>personne en vue</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0} for {1} minutes; its exercise answers that.</source>
        <translation>Elle vient plus tôt : vous êtes assis avec {0} depuis {1} minutes ; son exercice y répond.</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0}; its exercise answers that.</source>
        <translation>Elle vient plus tôt : vous êtes assis avec {0} ; son exercice y répond.</translation>
    </message>
    <message>
        <source>Its exercise answers this: {0}.</source>
        <translation>Son exercice répond à ceci : {0}.</translation>
    </message>
    <message>
        <source>Posture sensing is not running: {0}</source>
        <translation>La détection de posture ne fonctionne pas : {0}</translation>
    </message>
    <message>
        <source>Posture sensing is on but not calibrated yet (Settings → Camera).</source>
        <translation>La détection de posture est activée mais pas encore calibrée (Paramètres → Caméra).</translation>
    </message>
    <message>
        <source>Today you sat upright {0} of the time the camera saw you.</source>
        <translation>Aujourd&apos;hui, vous étiez assis droit {0} du temps où la caméra vous a vu.</translation>
    </message>
    <message>
        <source>Last camera reading {0}: {1}.</source>
        <translation>Dernière lecture de la caméra {0} : {1}.</translation>
    </message>
    <message>
        <source>cannot listen on {0}: {1}</source>
        <translation>impossible d’écouter sur {0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>postureapp ran into a problem it did not expect ({0}: {1}). It keeps running; the details are in {2}.</source>
        <translation>postureapp a rencontré un problème inattendu ({0}&#xa0;: {1}). Il continue de fonctionner&#xa0;; les détails sont dans {2}.</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}: {1}); fix or move it away and start postureapp again. The details are in {2}.</source>
        <translation>postureapp n’a pas pu démarrer ({0}&#xa0;: {1})&#xa0;; réparez-le ou déplacez-le, puis relancez postureapp. Les détails sont dans {2}.</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}); please report it. The details are in {1}.</source>
        <translation>postureapp n’a pas pu démarrer ({0})&#xa0;; merci de le signaler. Les détails sont dans {1}.</translation>
    </message>
    <message>
        <source>postureapp: the log file {0} cannot be written ({1}); logging to the terminal instead</source>
        <translation>postureapp&#xa0;: impossible d’écrire le fichier journal {0} ({1})&#xa0;; le journal s’affiche dans le terminal à la place</translation>
    </message>
</context>
<context>
    <name>exercise editor</name>
    <message>
        <source>Upper back</source>
        <translation>Haut du dos</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cou</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Épaules</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Poitrine</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Bas du dos</translation>
    </message>
    <message>
        <source>Turning (rotation)</source>
        <translation>Tourner (rotation)</translation>
    </message>
    <message>
        <source>Bending back (extension)</source>
        <translation>Se pencher en arrière (extension)</translation>
    </message>
    <message>
        <source>Bending forward (flexion)</source>
        <translation>Se pencher en avant (flexion)</translation>
    </message>
    <message>
        <source>Bending sideways</source>
        <translation>Se pencher sur le côté</translation>
    </message>
    <message>
        <source>Shoulder blades</source>
        <translation>Omoplates</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Assis</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Au sol</translation>
    </message>
    <message>
        <source>A wall</source>
        <translation>Un mur</translation>
    </message>
    <message>
        <source>A foam roller</source>
        <translation>Un rouleau de massage</translation>
    </message>
    <message>
        <source>A towel</source>
        <translation>Une serviette</translation>
    </message>
    <message>
        <source>e.g. Doorway chest stretch</source>
        <extracomment>The fields this form shows, in order (a problem about `id` is shown under the title).</extracomment>
        <translation>p. ex. Étirement de la poitrine dans l’embrasure</translation>
    </message>
    <message>
        <source>One line: what it does, e.g. Opens the chest</source>
        <translation>Une ligne : ce qu’il fait, p. ex. Ouvre la poitrine</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Long breaks mix movements; short ones take them in turn</source>
        <translation>Les longues pauses mélangent les mouvements ; les courtes les prennent à tour de rôle</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>Courtes pauses</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>Longues pauses</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>On each side, first the</source>
        <translation>De chaque côté, d’abord le</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droit</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Premier côté</translation>
    </message>
    <message>
        <source>How many times the steps repeat; a break may add more</source>
        <translation>Nombre de répétitions des étapes ; une pause peut en ajouter</translation>
    </message>
    <message>
        <source>One per line, at least one. e.g. Stop if you feel pain, numbness or dizziness.</source>
        <translation>Une par ligne, au moins une. p. ex. Arrêtez si vous ressentez une douleur, un engourdissement ou un vertige.</translation>
    </message>
    <message>
        <source>Optional, e.g. from my physiotherapist, May 2025</source>
        <translation>Facultatif, p. ex. de mon kiné, mai 2025</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Ré&amp;sumé</translation>
    </message>
    <message>
        <source>Body &amp;areas it works</source>
        <translation>Zones du &amp;corps</translation>
    </message>
    <message>
        <source>&amp;Movement</source>
        <translation>&amp;Mouvement</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Nécessite</translation>
    </message>
    <message>
        <source>Use in</source>
        <translation>Utiliser dans</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Répétitions</translation>
    </message>
    <message>
        <source>&amp;Cautions</source>
        <translation>&amp;Précautions</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>So&amp;urce</translation>
    </message>
    <message>
        <source>nothing chosen</source>
        <extracomment>The labels of each field the editor shows as a choice, by the value a file holds.</extracomment>
        <translation>rien de choisi</translation>
    </message>
</context>
<context>
    <name>exercises</name>
    <message>
        <source>No exercise fits a {kind} with the body areas, positions and equipment you chose, so those breaks cannot start. Choose more areas or positions in Settings.</source>
        <extracomment>The translation context of the texts below.</extracomment>
        <translation>Aucun exercice ne convient au type «&#xa0;{kind}&#xa0;» avec les zones du corps, positions et équipements choisis, ces pauses ne peuvent donc pas commencer. Choisissez plus de zones ou de positions dans les Paramètres.</translation>
    </message>
    <message>
        <source>Only {count} exercises fit a long break with the body areas, positions and equipment you chose, so long breaks repeat them. Choose more in Settings for more variety.</source>
        <translation>Seuls {count} exercices conviennent à une longue pause avec les zones du corps, positions et équipements choisis, les longues pauses les répètent donc. Choisissez-en plus dans les Paramètres pour plus de variété.</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source>An exercise with this name is already there</source>
        <extracomment>Asks what to do with one exercise whose id is taken.</extracomment>
        <translation>Un exercice de ce nom existe déjà</translation>
    </message>
    <message>
        <source>one of your own</source>
        <translation>l’un des vôtres</translation>
    </message>
    <message>
        <source>a built-in exercise</source>
        <translation>un exercice fourni</translation>
    </message>
    <message>
        <source>The pack&apos;s “{0}” has the same id as “{1}”, {2}. What should happen?</source>
        <translation>« {0} » du pack a le même identifiant que « {1} », {2}. Que faire ?</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>Remplacer le mien</translation>
    </message>
    <message>
        <source>Use the pack&apos;s instead</source>
        <translation>Utiliser celui du pack</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>L’ignorer</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… et {0} de plus</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>{0} was not imported, and nothing was written:</source>
        <translation>{0} n’a pas été importé, et rien n’a été écrit :</translation>
    </message>
    <message>
        <source>Could not write to {0}: {1}</source>
        <translation>Impossible d’écrire dans {0} : {1}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>{0}: added (&apos;{1}&apos;)</source>
        <extracomment>What happened to each exercise of a pack, in words (`describe`).</extracomment>
        <translation>{0} : ajouté (« {1} »)</translation>
    </message>
    <message>
        <source>{0}: replaced (&apos;{1}&apos;)</source>
        <translation>{0} : remplacé (« {1} »)</translation>
    </message>
    <message>
        <source>{0}: you already have one with this id; added as &apos;{1}&apos; ({2})</source>
        <translation>{0} : vous en avez déjà un avec cet identifiant ; ajouté comme « {1} » ({2})</translation>
    </message>
    <message>
        <source>{0}: already there, unchanged</source>
        <translation>{0} : déjà présent, inchangé</translation>
    </message>
    <message>
        <source>{0}: skipped (you already have one with this id)</source>
        <translation>{0} : ignoré (vous en avez déjà un avec cet identifiant)</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>every short folder for the socket ({0} and the next ones) belongs to someone else; set a shorter {1}, or set XDG_RUNTIME_DIR</source>
        <extracomment>Every folder the app keeps is its owner&apos;s alone (the log holds health data).</extracomment>
        <translation>chaque dossier court pour le socket ({0} et les suivants) appartient à quelqu’un d’autre ; définissez un {1} plus court, ou définissez XDG_RUNTIME_DIR</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} n’existe pas</translation>
    </message>
    <message>
        <source>{0} cannot be checked ({1})</source>
        <translation>{0} ne peut pas être vérifié ({1})</translation>
    </message>
    <message>
        <source>{0} is a link made by user {1}, not by you</source>
        <translation>{0} est un lien créé par l’utilisateur {1}, pas par vous</translation>
    </message>
    <message>
        <source>{0} cannot be followed ({1})</source>
        <translation>{0} ne peut pas être suivi ({1})</translation>
    </message>
    <message>
        <source>{0} is not a folder</source>
        <translation>{0} n’est pas un dossier</translation>
    </message>
    <message>
        <source>{0} belongs to user {1}, not to you</source>
        <translation>{0} appartient à l’utilisateur {1}, pas à vous</translation>
    </message>
    <message>
        <source>{0}; move it away (or set {1} to use another folder)</source>
        <translation>{0} ; déplacez-le (ou définissez {1} pour utiliser un autre dossier)</translation>
    </message>
    <message>
        <source>cannot make {0} private: {1}</source>
        <translation>impossible de rendre {0} privé : {1}</translation>
    </message>
    <message>
        <source>{0} cannot be created because {1} is a file, not a folder; move that file away (or set {2} to use another folder)</source>
        <translation>{0} ne peut pas être créé car {1} est un fichier, pas un dossier ; déplacez ce fichier (ou définissez {2} pour utiliser un autre dossier)</translation>
    </message>
    <message>
        <source>{0} cannot be created: {1}</source>
        <translation>{0} ne peut pas être créé : {1}</translation>
    </message>
    <message>
        <source>{0}; commands are not sent through it. Remove it and start postureapp again</source>
        <translation>{0} ; aucune commande n’y passe. Supprimez-le et relancez postureapp</translation>
    </message>
</context>
<context>
    <name>pose</name>
    <message>
        <source>From the side</source>
        <translation>De profil</translation>
    </message>
    <message>
        <source>From the front</source>
        <translation>De face</translation>
    </message>
    <message>
        <source>Three-quarter</source>
        <translation>Trois-quarts</translation>
    </message>
    <message>
        <source>From above</source>
        <translation>De dessus</translation>
    </message>
    <message>
        <source>Sitting on a chair</source>
        <translation>Assis sur une chaise</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Sitting on the floor</source>
        <translation>Assis par terre</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>À quatre pattes</translation>
    </message>
    <message>
        <source>Lying on the back, knees bent</source>
        <translation>Allongé sur le dos, genoux pliés</translation>
    </message>
    <message>
        <source>Lying on the back, legs long</source>
        <translation>Allongé sur le dos, jambes tendues</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>Allongé sur le ventre</translation>
    </message>
    <message>
        <source>Pelvis</source>
        <translation>Bassin</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Bas du dos</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Haut du dos</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cou</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Tête</translation>
    </message>
    <message>
        <source>Right shoulder blade</source>
        <translation>Omoplate droite</translation>
    </message>
    <message>
        <source>Left shoulder blade</source>
        <translation>Omoplate gauche</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Bras droit</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Bras gauche</translation>
    </message>
    <message>
        <source>Right elbow</source>
        <translation>Coude droit</translation>
    </message>
    <message>
        <source>Left elbow</source>
        <translation>Coude gauche</translation>
    </message>
    <message>
        <source>Right wrist</source>
        <translation>Poignet droit</translation>
    </message>
    <message>
        <source>Left wrist</source>
        <translation>Poignet gauche</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Hanche droite</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Hanche gauche</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Genou droit</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Genou gauche</translation>
    </message>
    <message>
        <source>Right ankle</source>
        <translation>Cheville droite</translation>
    </message>
    <message>
        <source>Left ankle</source>
        <translation>Cheville gauche</translation>
    </message>
    <message>
        <source>Bend forward</source>
        <translation>Pencher en avant</translation>
    </message>
    <message>
        <source>Bend</source>
        <translation>Plier</translation>
    </message>
    <message>
        <source>Turn to its right</source>
        <translation>Tourner vers sa droite</translation>
    </message>
    <message>
        <source>Shrug up (cm)</source>
        <translation>Hausser (cm)</translation>
    </message>
    <message>
        <source>Forward (cm)</source>
        <translation>En avant (cm)</translation>
    </message>
    <message>
        <source>Raise forward</source>
        <translation>Lever vers l’avant</translation>
    </message>
    <message>
        <source>Out to the side</source>
        <translation>Sur le côté</translation>
    </message>
    <message>
        <source>Turn outward</source>
        <translation>Tourner vers l’extérieur</translation>
    </message>
    <message>
        <source>Point the toes</source>
        <translation>Pointer les orteils</translation>
    </message>
    <message>
        <source>Tilt forward</source>
        <translation>Basculer en avant</translation>
    </message>
    <message>
        <source>Up (cm)</source>
        <translation>Vers le haut (cm)</translation>
    </message>
    <message>
        <source>Lean to its right</source>
        <extracomment>Where the words differ for one joint.</extracomment>
        <translation>Pencher vers sa droite</translation>
    </message>
    <message>
        <source>Tilt to its right</source>
        <translation>Incliner vers sa droite</translation>
    </message>
    <message>
        <source>Nod</source>
        <translation>Hocher la tête</translation>
    </message>
    <message>
        <source>Lift the thigh</source>
        <translation>Lever la cuisse</translation>
    </message>
    <message>
        <source>Bend back</source>
        <translation>Plier vers l’arrière</translation>
    </message>
    <message>
        <source>Hitch to its right</source>
        <translation>Remonter vers sa droite</translation>
    </message>
    <message>
        <source>Chair</source>
        <extracomment>A prop&apos;s tick box.</extracomment>
        <translation>Chaise</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Sol</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Tapis</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <source>Towel roll</source>
        <translation>Serviette roulée</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rouleau de massage</translation>
    </message>
    <message>
        <source>head</source>
        <extracomment>A point an arrow can follow.</extracomment>
        <translation>tête</translation>
    </message>
    <message>
        <source>nose</source>
        <translation>nez</translation>
    </message>
    <message>
        <source>chin</source>
        <translation>menton</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>poitrine</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>haut du dos</translation>
    </message>
    <message>
        <source>waist</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>pelvis</source>
        <translation>bassin</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>épaules</translation>
    </message>
    <message>
        <source>right shoulder</source>
        <translation>épaule droite</translation>
    </message>
    <message>
        <source>left shoulder</source>
        <translation>épaule gauche</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>mains</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>main droite</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>main gauche</translation>
    </message>
    <message>
        <source>elbows</source>
        <translation>coudes</translation>
    </message>
    <message>
        <source>right elbow</source>
        <translation>coude droit</translation>
    </message>
    <message>
        <source>left elbow</source>
        <translation>coude gauche</translation>
    </message>
    <message>
        <source>knees</source>
        <translation>genoux</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>genou droit</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>genou gauche</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>pieds</translation>
    </message>
    <message>
        <source>right toe</source>
        <translation>orteils droits</translation>
    </message>
    <message>
        <source>left toe</source>
        <translation>orteils gauches</translation>
    </message>
    <message>
        <source>right ankle</source>
        <translation>cheville droite</translation>
    </message>
    <message>
        <source>left ankle</source>
        <translation>cheville gauche</translation>
    </message>
</context>
<context>
    <name>posture</name>
    <message>
        <source>head forward and down</source>
        <extracomment>The fewest clear measurements a calibration needs (of the few taken over a few seconds). Measurements in one calibration may differ this much (head height, in shoulder widths) and still be one posture; the model&apos;s own noise on one picture is about 0.024. The shoulder line may lean this many degrees more than at calibration before it counts. The translation context of the texts below.</extracomment>
        <translation>tête en avant et vers le bas</translation>
    </message>
    <message>
        <source>rounded shoulders</source>
        <translation>épaules enroulées</translation>
    </message>
    <message>
        <source>leaning to one side</source>
        <translation>penché sur le côté</translation>
    </message>
    <message>
        <source>Your head and both shoulders were not clearly in view. Sit facing the camera with your shoulders in the picture, in good light, and try again.</source>
        <translation>Votre tête et vos deux épaules n&apos;étaient pas bien visibles. Asseyez-vous face à la caméra, les épaules dans l&apos;image, avec une bonne lumière, et réessayez.</translation>
    </message>
    <message>
        <source>You moved while it measured. Sit tall and still for a few seconds, then try again.</source>
        <translation>Vous avez bougé pendant la mesure. Tenez-vous droit et immobile quelques secondes, puis réessayez.</translation>
    </message>
    <message>
        <source>Your ears were not above your shoulders. Sit tall, facing the camera, and try again.</source>
        <translation>Vos oreilles n&apos;étaient pas au-dessus de vos épaules. Tenez-vous droit, face à la caméra, et réessayez.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>a file</source>
        <extracomment>What a pack file is called, so the file dialogs and the desktop can tell one.</extracomment>
        <translation>un fichier</translation>
    </message>
    <message>
        <source>a pack of at most {0} bytes</source>
        <translation>un pack d’au plus {0} octets</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} octets</translation>
    </message>
    <message>
        <source>a pack (a zip file)</source>
        <translation>un pack (un fichier zip)</translation>
    </message>
    <message>
        <source>at most {0} files</source>
        <translation>au plus {0} fichiers</translation>
    </message>
    <message>
        <source>{0} files</source>
        <translation>{0} fichiers</translation>
    </message>
    <message>
        <source>{0} or a plain file name inside {1}/</source>
        <translation>{0} ou un simple nom de fichier dans {1}/</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>un autre chemin</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>an encrypted file</source>
        <translation>un fichier chiffré</translation>
    </message>
    <message>
        <source>each name once</source>
        <translation>chaque nom une seule fois</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>en double</translation>
    </message>
    <message>
        <source>at most {0} bytes in all</source>
        <translation>au plus {0} octets en tout</translation>
    </message>
    <message>
        <source>more</source>
        <translation>davantage</translation>
    </message>
    <message>
        <source>a manifest</source>
        <translation>un manifeste</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>a TOML manifest</source>
        <translation>un manifeste TOML</translation>
    </message>
    <message>
        <source>another</source>
        <translation>un autre</translation>
    </message>
    <message>
        <source>version {0} or older (this postureapp is too old for a newer one)</source>
        <translation>la version {0} ou une plus ancienne (ce postureapp est trop ancien pour une plus récente)</translation>
    </message>
    <message>
        <source>a list of 1 to {0} exercise ids</source>
        <translation>une liste de 1 à {0} identifiants d’exercice</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>an exercise the manifest names</source>
        <translation>un exercice nommé dans le manifeste</translation>
    </message>
    <message>
        <source>not</source>
        <translation>un exercice non nommé</translation>
    </message>
    <message>
        <source>the name of a {0} file</source>
        <translation>le nom d’un fichier {0}</translation>
    </message>
    <message>
        <source>a file name relative to the illustration folder</source>
        <translation>un nom de fichier relatif au dossier des illustrations</translation>
    </message>
    <message>
        <source>a {0} file</source>
        <translation>un fichier {0}</translation>
    </message>
    <message>
        <source>a file inside {0}</source>
        <translation>un fichier dans {0}</translation>
    </message>
    <message>
        <source>a link to {0}</source>
        <translation>un lien vers {0}</translation>
    </message>
    <message>
        <source>a picture of at most {0} bytes</source>
        <translation>une image d’au plus {0} octets</translation>
    </message>
    <message>
        <source>an existing file in {0}</source>
        <translation>un fichier existant dans {0}</translation>
    </message>
    <message>
        <source>no file named {0}</source>
        <translation>aucun fichier nommé {0}</translation>
    </message>
    <message>
        <source>a [[steps]] table</source>
        <translation>une table [[steps]]</translation>
    </message>
    <message>
        <source>an exercise file</source>
        <translation>un fichier d’exercice</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>aucun fichier de ce nom</translation>
    </message>
    <message>
        <source>lowercase letters, digits and hyphens</source>
        <translation>des minuscules, des chiffres et des tirets</translation>
    </message>
    <message>
        <source>the file name without .toml (&apos;{0}&apos;)</source>
        <translation>le nom du fichier sans .toml (&apos;{0}&apos;)</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for a floor exercise</source>
        <translation>seulement &quot;long&quot; pour un exercice au sol</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for an exercise that needs equipment</source>
        <translation>seulement &quot;long&quot; pour un exercice qui demande du matériel</translation>
    </message>
    <message>
        <source>{0} to {1} [[steps]] tables</source>
        <translation>de {0} à {1} tables [[steps]]</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} étapes</translation>
    </message>
    <message>
        <source>the folder of built-in exercises</source>
        <translation>le dossier des exercices intégrés</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>aucun dossier de ce nom</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings of at most {1} characters, in the order of the English</source>
        <extracomment>A language as catalogues name it: de, pt_BR, zh_TW.</extracomment>
        <translation>une liste de {0} textes non vides d’au plus {1} caractères, dans l’ordre de l’anglais</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings, in the order of the English</source>
        <translation>une liste de {0} textes non vides, dans l’ordre de l’anglais</translation>
    </message>
    <message>
        <source>a table of languages like [translations.de]</source>
        <translation>une table de langues comme [translations.de]</translation>
    </message>
    <message>
        <source>a language like de or pt_BR</source>
        <translation>une langue comme de ou pt_BR</translation>
    </message>
    <message>
        <source>a table of title, summary, cautions and steps</source>
        <translation>une table avec title, summary, cautions et steps</translation>
    </message>
    <message>
        <source>a table such as {0}</source>
        <translation>une table comme {0}</translation>
    </message>
    <message>
        <source>a table of angles such as {0}</source>
        <translation>une table d’angles comme {0}</translation>
    </message>
    <message>
        <source>a [steps.pose] table</source>
        <translation>une table [steps.pose]</translation>
    </message>
    <message>
        <source>a known key (did you mean &apos;{0}&apos;?)</source>
        <extracomment>The translation context of every problem&apos;s words (core marks them, the view translates them). Words a problem is made of: English as it is, or a Phrase translated where it is shown.</extracomment>
        <translation>une clé connue (vouliez-vous dire &apos;{0}&apos;&#xa0;?)</translation>
    </message>
    <message>
        <source>one of the keys {0}</source>
        <translation>l’une des clés {0}</translation>
    </message>
    <message>
        <source>unknown key &apos;{0}&apos;</source>
        <translation>la clé inconnue &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>l’un de {0}</translation>
    </message>
    <message>
        <source>a list of any of {0} (no repeats)</source>
        <translation>une liste d’éléments parmi {0} (sans répétition)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; twice</source>
        <translation>&apos;{0}&apos; en double</translation>
    </message>
    <message>
        <source>{0} characters</source>
        <translation>{0} caractères</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0} éléments</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number from {0} to {1}</source>
        <translation>un nombre de {0} à {1}</translation>
    </message>
    <message>
        <source>a file of at most {0} bytes</source>
        <translation>un fichier d’au plus {0} octets</translation>
    </message>
    <message>
        <source>a bigger file</source>
        <translation>un fichier plus gros</translation>
    </message>
    <message>
        <source>a readable file</source>
        <translation>un fichier lisible</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>du texte UTF-8</translation>
    </message>
    <message>
        <source>byte {0} at offset {1}</source>
        <translation>l’octet {0} à la position {1}</translation>
    </message>
    <message>
        <source>a syntax error ({0})</source>
        <translation>une erreur de syntaxe ({0})</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} ou {1}</translation>
    </message>
    <message>
        <source>nothing (the field is missing)</source>
        <translation>rien (le champ est absent)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>expected {0}, found {1}</source>
        <translation>attendu&#xa0;: {0}, trouvé&#xa0;: {1}</translation>
    </message>
    <message>
        <source>text of 1 to {0} characters</source>
        <translation>un texte de 1 à {0} caractères</translation>
    </message>
    <message>
        <source>a list of at least one of {0} (no repeats)</source>
        <translation>une liste d’au moins un élément parmi {0} (sans répétition)</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>une liste vide</translation>
    </message>
    <message>
        <source>a list of {0} to {1} non-empty strings</source>
        <translation>une liste de {0} à {1} textes non vides</translation>
    </message>
    <message>
        <source>a list of any number of non-empty strings</source>
        <translation>une liste de textes non vides, en nombre libre</translation>
    </message>
    <message>
        <source>an integer from {0} to {1}</source>
        <translation>un nombre entier de {0} à {1}</translation>
    </message>
    <message>
        <source>an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00</source>
        <translation>une heure ISO 8601 avec décalage UTC, par exemple 2024-05-10T09:30:00+02:00</translation>
    </message>
    <message>
        <source>tables and lists nested at most {0} deep</source>
        <extracomment>Files people write by hand are small; anything bigger is not one of ours. Tables and arrays nested deeper than this are not something a person wrote on purpose.</extracomment>
        <translation>des tables et listes imbriquées sur {0} niveaux au plus</translation>
    </message>
    <message>
        <source>deeper nesting</source>
        <extracomment>Reading stops after this many problems: the file is refused either way.</extracomment>
        <translation>une imbrication plus profonde</translation>
    </message>
    <message>
        <source>valid TOML</source>
        <translation>du TOML valide</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <extracomment>The app&apos;s own small JSON files (the schedule, the safety state).</extracomment>
        <translation>du JSON valide</translation>
    </message>
    <message>
        <source>a list of exercise ids</source>
        <extracomment>What an export holds: breaks, check-ins and (JSON only) each day&apos;s posture figures. A CSV line longer than this is not an export (a row is a few hundred characters). One JSON record (a break) longer than this is not an export either. A CSV cell; the csv module&apos;s own default limit, named so that it is a decision.</extracomment>
        <translation>une liste d’identifiants d’exercices</translation>
    </message>
    <message>
        <source>exercise ids without spaces, separated by commas</source>
        <translation>des identifiants d’exercices sans espaces, séparés par des virgules</translation>
    </message>
    <message>
        <source>a whole number of seconds, 0 or more</source>
        <translation>un nombre entier de secondes, 0 ou plus</translation>
    </message>
    <message>
        <source>a longer line</source>
        <translation>une ligne plus longue</translation>
    </message>
    <message>
        <source>a header line naming the columns</source>
        <translation>une ligne d’en-tête qui nomme les colonnes</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>un fichier vide</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>une clé entre guillemets droits doubles</translation>
    </message>
    <message>
        <source>the end of the file after the object</source>
        <translation>la fin du fichier après l’objet</translation>
    </message>
    <message>
        <source>no &apos;breaks&apos; list</source>
        <translation>aucune liste &apos;breaks&apos;</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>JSON nested a few levels deep</source>
        <translation>du JSON imbriqué sur quelques niveaux</translation>
    </message>
    <message>
        <source>deeper</source>
        <translation>plus profond</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <extracomment>How many problems the message lists; the rest are counted.</extracomment>
        <translation>… et {0} de plus</translation>
    </message>
    <message>
        <source>(reading stopped after {0} problems)</source>
        <translation>(lecture arrêtée après {0} problèmes)</translation>
    </message>
    <message>
        <source>{0}: cannot import, nothing was added:</source>
        <translation>{0}&#xa0;: importation impossible, rien n’a été ajouté&#xa0;:</translation>
    </message>
    <message>
        <source>missing column {0}</source>
        <translation>colonne manquante {0}</translation>
    </message>
    <message>
        <source>unknown column {0}</source>
        <translation>colonne inconnue {0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}&#xa0;; {1}</translation>
    </message>
    <message>
        <source>{0} (expected {1}; id is optional)</source>
        <translation>{0} (attendu&#xa0;: {1}&#xa0;; id est facultatif)</translation>
    </message>
    <message>
        <source>a line of at most {0} characters</source>
        <translation>une ligne d’au plus {0} caractères</translation>
    </message>
    <message>
        <source>a cell of at most {0} characters</source>
        <translation>une cellule d’au plus {0} caractères</translation>
    </message>
    <message>
        <source>a value of at most {0} characters</source>
        <translation>une valeur d’au plus {0} caractères</translation>
    </message>
    <message>
        <source>a longer one</source>
        <translation>une plus longue</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>la fin du fichier</translation>
    </message>
    <message>
        <source>JSON nested no deeper than an export</source>
        <translation>du JSON pas plus imbriqué qu’une exportation</translation>
    </message>
    <message>
        <source>a JSON object with a &apos;breaks&apos; list, as export writes it</source>
        <translation>un objet JSON avec une liste &apos;breaks&apos;, tel que l’exportation l’écrit</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>une liste {0}</translation>
    </message>
    <message>
        <source>&apos;:&apos; after a key</source>
        <translation>&apos;:&apos; après une clé</translation>
    </message>
    <message>
        <source>{0} in the list of {1}</source>
        <translation>{0} dans la liste {1}</translation>
    </message>
    <message>
        <source>1 to {0} (a newer version needs a newer postureapp)</source>
        <translation>de 1 à {0} (une version plus récente demande un postureapp plus récent)</translation>
    </message>
    <message>
        <source>{0} cells</source>
        <translation>{0} cellules</translation>
    </message>
    <message>
        <source>byte {0}</source>
        <translation>l’octet {0}</translation>
    </message>
    <message>
        <source>a time not before {0} ({1})</source>
        <translation>une heure qui ne précède pas {0} ({1})</translation>
    </message>
    <message>
        <source>32 lowercase hex digits</source>
        <translation>32 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>a JSON object with format {0}</source>
        <extracomment>A few months of breaks that could not be written; a bigger file is not ours.</extracomment>
        <translation>un objet JSON avec format {0}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <extracomment>The ordinary answers to &quot;how does your upper back feel&quot; (not a warning sign). This many check-in days in a row answered &apos;worse&apos; pause the exercises. Breaks count as regular when at least REGULAR_DAYS of the last REGULAR_WINDOW_DAYS had one. Check-ins looked at for the stiffness trend, and how far apart the first and last must be. How many rated check-ins are averaged at each end of the trend. An average below this counts as only a little stiffness: not a reason to send anyone anywhere. A professional is suggested at most once in this long.</extracomment>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>could not be moved aside ({0})</source>
        <translation>n’a pas pu être mis de côté ({0})</translation>
    </message>
    <message>
        <source>kept as {0}; the good values are still in use</source>
        <translation>conservé sous le nom {0}&#xa0;; les valeurs correctes restent en usage</translation>
    </message>
    <message>
        <source>cannot be read ({0}); the defaults are in use</source>
        <translation>ne peut pas être lu ({0})&#xa0;; les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <source>is not valid TOML ({0})</source>
        <translation>n’est pas du TOML valide ({0})</translation>
    </message>
    <message>
        <source>is not UTF-8 text ({0})</source>
        <translation>n’est pas du texte UTF-8 ({0})</translation>
    </message>
    <message>
        <source>cannot be used as a settings file ({0})</source>
        <translation>ne peut pas servir de fichier de réglages ({0})</translation>
    </message>
    <message>
        <source>{0} and could not be moved aside ({1}); the defaults are in use and the file will not be changed</source>
        <translation>{0} et n’a pas pu être mis de côté ({1})&#xa0;; les valeurs par défaut sont utilisées et le fichier ne sera pas modifié</translation>
    </message>
    <message>
        <source>{0}; it was moved to {1} and the defaults are in use</source>
        <translation>{0}&#xa0;; il a été déplacé vers {1} et les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <source>must be a whole number (this version writes {0}), got {1}; the file is read as version {0}</source>
        <translation>doit être un nombre entier (cette version écrit {0}), trouvé&#xa0;: {1}&#xa0;; le fichier est lu comme version {0}</translation>
    </message>
    <message>
        <source>the file was written by a newer postureapp (schema {0}; this one knows {1}): it is read as far as understood and will not be changed</source>
        <translation>le fichier a été écrit par un postureapp plus récent (schéma {0}&#xa0;; celui-ci connaît {1})&#xa0;: il est lu dans la mesure du possible et ne sera pas modifié</translation>
    </message>
    <message>
        <source>{0}; the default {1} is used instead</source>
        <translation>{0}&#xa0;; la valeur par défaut {1} est utilisée à la place</translation>
    </message>
    <message>
        <source>must be a section [{0}], got {1}; it is ignored</source>
        <translation>doit être une section [{0}], trouvé&#xa0;: {1}&#xa0;; elle est ignorée</translation>
    </message>
    <message>
        <source>text of at most {0} characters, or nothing</source>
        <extracomment>A note longer than this is not one a user typed into a check-in.</extracomment>
        <translation>un texte d’au plus {0} caractères, ou rien</translation>
    </message>
    <message>
        <source>a whole number from 0 to 10, or nothing</source>
        <translation>un nombre entier de 0 à 10, ou rien</translation>
    </message>
    <message>
        <source>a line that is not key = value, a [table] or a comment</source>
        <extracomment>tomllib&apos;s messages (Python 3.11 to 3.13), each with what it means to the person who wrote the file; a group in the pattern fills the phrase&apos;s place.</extracomment>
        <translation>une ligne qui n’est ni clé = valeur, ni [table], ni commentaire</translation>
    </message>
    <message>
        <source>more after a value on the same line</source>
        <translation>autre chose après une valeur sur la même ligne</translation>
    </message>
    <message>
        <source>a key without &apos;=&apos; after it</source>
        <translation>une clé sans &apos;=&apos; après elle</translation>
    </message>
    <message>
        <source>a key that starts with a character keys cannot start with</source>
        <translation>une clé qui commence par un caractère interdit en début de clé</translation>
    </message>
    <message>
        <source>a value of no known kind (text needs quotes)</source>
        <translation>une valeur d’un type inconnu (un texte doit être entre guillemets)</translation>
    </message>
    <message>
        <source>text without its closing quote</source>
        <translation>un texte sans son guillemet fermant</translation>
    </message>
    <message>
        <source>a list without its closing &apos;]&apos;</source>
        <translation>une liste sans son &apos;]&apos; fermant</translation>
    </message>
    <message>
        <source>an inline table without its closing brace</source>
        <translation>une table en ligne sans son accolade fermante</translation>
    </message>
    <message>
        <source>a [table] name without its closing &apos;]&apos;</source>
        <translation>un nom de [table] sans son &apos;]&apos; fermant</translation>
    </message>
    <message>
        <source>a [[table]] name without its closing &apos;]]&apos;</source>
        <translation>un nom de [[table]] sans son &apos;]]&apos; fermant</translation>
    </message>
    <message>
        <source>a key given a value twice</source>
        <translation>une clé qui reçoit deux fois une valeur</translation>
    </message>
    <message>
        <source>the table {0} declared twice</source>
        <translation>la table {0} déclarée deux fois</translation>
    </message>
    <message>
        <source>{0} defined a second time</source>
        <translation>{0} défini une deuxième fois</translation>
    </message>
    <message>
        <source>the key {0} twice in an inline table</source>
        <translation>la clé {0} deux fois dans une table en ligne</translation>
    </message>
    <message>
        <source>a &apos;\&apos; in text that starts no known escape</source>
        <translation>un &apos;\&apos; dans un texte qui ne commence aucun échappement connu</translation>
    </message>
    <message>
        <source>an escape with wrong hexadecimal digits</source>
        <translation>un échappement aux chiffres hexadécimaux erronés</translation>
    </message>
    <message>
        <source>an escape that is no Unicode character</source>
        <translation>un échappement qui n’est pas un caractère Unicode</translation>
    </message>
    <message>
        <source>the character {0}, which text cannot hold</source>
        <translation>le caractère {0}, interdit dans un texte</translation>
    </message>
    <message>
        <source>the character {0} where it does not belong</source>
        <translation>le caractère {0} là où il n’a pas sa place</translation>
    </message>
    <message>
        <source>a date or time that does not exist</source>
        <translation>une date ou une heure qui n’existe pas</translation>
    </message>
    <message>
        <source>no {0} where one was needed</source>
        <translation>aucun {0} là où il en fallait un</translation>
    </message>
    <message>
        <source>no value where one was needed</source>
        <extracomment>The json module&apos;s messages.</extracomment>
        <translation>aucune valeur là où il en fallait une</translation>
    </message>
    <message>
        <source>a key not in double quotes</source>
        <translation>une clé sans guillemets doubles</translation>
    </message>
    <message>
        <source>a key without &apos;:&apos; after it</source>
        <translation>une clé sans &apos;:&apos; après elle</translation>
    </message>
    <message>
        <source>a missing &apos;,&apos; between two values</source>
        <translation>une &apos;,&apos; manquante entre deux valeurs</translation>
    </message>
    <message>
        <source>a control character (such as a line break) inside text</source>
        <translation>un caractère de contrôle (un saut de ligne, par exemple) dans un texte</translation>
    </message>
    <message>
        <source>a &apos;,&apos; after the last value</source>
        <translation>une &apos;,&apos; après la dernière valeur</translation>
    </message>
    <message>
        <source>more after the end of the document</source>
        <translation>autre chose après la fin du document</translation>
    </message>
    <message>
        <source>not a zip file</source>
        <translation>pas un fichier zip</translation>
    </message>
    <message>
        <source>a compression method this app cannot read</source>
        <translation>une méthode de compression que cette application ne sait pas lire</translation>
    </message>
    <message>
        <source>a damaged zip file</source>
        <translation>un fichier zip endommagé</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>il n’existe pas</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>il existe déjà</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>le quota de disque est épuisé</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>le disque n’a pu être ni lu ni écrit</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>trop de liens symboliques</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>trop de fichiers sont ouverts</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>il est en cours d’utilisation</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>le dossier n’est pas vide</translation>
    </message>
    <message>
        <source>the system refused ({0})</source>
        <translation>le système a refusé ({0})</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>illisible : {0}</translation>
    </message>
    <message>
        <source>{0} (line {1}, column {2})</source>
        <translation>{0} (ligne {1}, colonne {2})</translation>
    </message>
    <message>
        <source>another program is using it; try again in a moment</source>
        <extracomment>SQLite&apos;s messages (the break log), and what they mean to the user.</extracomment>
        <translation>un autre programme l’utilise ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>it can be read but not written</source>
        <translation>il peut être lu mais pas écrit</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>il ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>ce n’est pas une base de données</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>il est endommagé</translation>
    </message>
    <message>
        <source>a database error ({0})</source>
        <translation>une erreur de base de données ({0})</translation>
    </message>
    <message>
        <source>{0}: the log has schema version {1}, newer than this version of the app understands ({2}); please update the app</source>
        <extracomment>Why the log cannot be opened by this app (the &quot;problems&quot; context translates them).</extracomment>
        <translation>{0}&#xa0;: le journal des pauses a la version de schéma {1}, plus récente que ce que comprend cette version de l’application ({2})&#xa0;; mettez l’application à jour</translation>
    </message>
    <message>
        <source>{0}: upgrading the log to version {1} failed ({2}); nothing was changed</source>
        <translation>{0}&#xa0;: la mise à niveau du journal des pauses vers la version {1} a échoué ({2})&#xa0;; rien n’a été modifié</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Stand up and move</source>
        <translation>Levez-vous et bougez</translation>
    </message>
    <message>
        <source>Emergency: stop and get emergency care now (call your local emergency number or go to an emergency department) if you have:</source>
        <extracomment>Each urgency&apos;s heading: what to do, then the signs it covers.</extracomment>
        <translation>Urgence&#xa0;: arrêtez et obtenez des soins d’urgence tout de suite (appelez le numéro d’urgence local ou allez aux urgences) si vous avez&#xa0;:</translation>
    </message>
    <message>
        <source>Stop the exercises and see a doctor without delay if you have:</source>
        <translation>Arrêtez les exercices et consultez un médecin sans tarder si vous avez&#xa0;:</translation>
    </message>
    <message>
        <source>Stop the exercises and have a doctor or physical therapist check it if you have:</source>
        <translation>Arrêtez les exercices et faites vérifier par un médecin ou un kinésithérapeute si vous avez&#xa0;:</translation>
    </message>
    <message>
        <source>A sudden, severe headache, dizziness or a spinning feeling, or trouble seeing, after moving your neck or after a fall or another injury.</source>
        <extracomment>The emergency line&apos;s heading (the words every list of signs shows first).</extracomment>
        <translation>Un mal de tête soudain et violent, des vertiges ou une sensation que tout tourne, ou des troubles de la vue, après avoir bougé le cou ou après une chute ou une autre blessure.</translation>
    </message>
    <message>
        <source>Pain that spreads from your neck or upper back into an arm or a hand.</source>
        <translation>Une douleur qui s’étend du cou ou du haut du dos vers un bras ou une main.</translation>
    </message>
    <message>
        <source>New numbness, pins and needles that do not go away, or weakness in your arms or hands.</source>
        <translation>Un engourdissement nouveau, des fourmillements qui ne passent pas, ou une faiblesse dans les bras ou les mains.</translation>
    </message>
    <message>
        <source>Neck or back pain together with a fever, chills, or weight loss you cannot explain.</source>
        <translation>Une douleur au cou ou au dos accompagnée de fièvre, de frissons ou d’une perte de poids que vous ne pouvez pas expliquer.</translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness that runs down your legs.</source>
        <translation>Un engourdissement, des picotements ou une faiblesse qui descendent dans les jambes.</translation>
    </message>
    <message>
        <source>Any new trouble controlling your bowel or bladder.</source>
        <translation>Tout nouveau trouble pour contrôler les intestins ou la vessie.</translation>
    </message>
    <message>
        <source>Sharp or shooting pain, or pain that keeps getting worse, for example when you move or after sitting for a long time.</source>
        <translation>Une douleur vive ou lancinante, ou une douleur qui ne cesse d’empirer, par exemple quand vous bougez ou après être resté assis longtemps.</translation>
    </message>
    <message>
        <source>Check with a doctor or physical therapist before you start if you have:</source>
        <translation>Demandez l’avis d’un médecin ou d’un kinésithérapeute avant de commencer si vous avez&#xa0;:</translation>
    </message>
    <message>
        <source>Osteoporosis or another condition of the bones.</source>
        <translation>De l’ostéoporose ou une autre maladie des os.</translation>
    </message>
    <message>
        <source>A herniated (slipped) disc or another problem with your spine.</source>
        <translation>Une hernie discale ou un autre problème de colonne vertébrale.</translation>
    </message>
    <message>
        <source>Arthritis.</source>
        <translation>De l’arthrose ou de l’arthrite.</translation>
    </message>
    <message>
        <source>Welcome to postureapp</source>
        <extracomment>The translation context of every text in this module.</extracomment>
        <translation>Bienvenue dans postureapp</translation>
    </message>
    <message>
        <source>About postureapp and your safety</source>
        <translation>À propos de postureapp et de votre sécurité</translation>
    </message>
    <message>
        <source>postureapp reminds you to take a short break at the intervals you choose and guides you through gentle movements for the upper back, neck and shoulders. Every break is logged, so you can look back and see how you are getting on.</source>
        <translation>postureapp vous rappelle de faire une courte pause aux intervalles que vous choisissez et vous guide dans des mouvements doux pour le haut du dos, le cou et les épaules. Chaque pause est enregistrée, pour que vous puissiez voir comment vous progressez.</translation>
    </message>
    <message>
        <source>postureapp is not medical advice. It cannot tell what is behind your stiffness or pain, and it does not replace a doctor or a physical therapist.</source>
        <translation>postureapp n’est pas un avis médical. Il ne peut pas savoir ce qui cause votre raideur ou votre douleur, et il ne remplace ni un médecin ni un kinésithérapeute.</translation>
    </message>
    <message>
        <source>Move slowly and stay within what feels comfortable. If a movement hurts, stop it; you can always skip the rest of a break.</source>
        <translation>Bougez lentement et restez dans ce qui est confortable. Si un mouvement fait mal, arrêtez-le&#xa0;; vous pouvez toujours passer le reste d’une pause.</translation>
    </message>
    <message>
        <source>If your stiffness has not eased after two to six weeks of gentle, regular movement, show it to a physical therapist.</source>
        <translation>Si votre raideur ne s’est pas atténuée après deux à six semaines de mouvements doux et réguliers, montrez-la à un kinésithérapeute.</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>À propos des craquements</translation>
    </message>
    <message>
        <source>The pop you sometimes hear from your back or neck is gas leaving the fluid that bathes the joint, much like cracking your knuckles. Nothing slips back into place when it happens.</source>
        <translation>Le bruit que vous entendez parfois dans votre dos ou votre cou est du gaz qui s’échappe du liquide qui baigne l’articulation, comme quand on fait craquer ses doigts. Rien ne se remet en place à ce moment-là.</translation>
    </message>
    <message>
        <source>So a pop is not a fix. Any relief it brings tends to fade, and the joint needs a while, often around twenty minutes, before it can pop again.</source>
        <translation>Un craquement ne répare donc rien. Le soulagement qu’il apporte s’estompe en général, et l’articulation a besoin d’un moment, souvent une vingtaine de minutes, avant de pouvoir craquer à nouveau.</translation>
    </message>
    <message>
        <source>Forcing a crack, by twisting hard, jerking, or levering against a towel or a wall, can strain muscles and ligaments or irritate a nerve. The neck is the riskiest place to try: the arteries that feed the brain run through it, and a rough twist can, rarely, damage one.</source>
        <translation>Forcer un craquement, en tournant fort, par à-coups ou en faisant levier contre une serviette ou un mur, peut froisser des muscles et des ligaments ou irriter un nerf. Le cou est l’endroit le plus risqué&#xa0;: les artères qui irriguent le cerveau y passent, et une torsion brusque peut, rarement, en abîmer une.</translation>
    </message>
    <message>
        <source>Gentle, regular movement is the better habit. It loosens stiff joints without force, and none of the exercises in postureapp ask you to aim for a pop.</source>
        <translation>Le mouvement doux et régulier est la meilleure habitude. Il assouplit les articulations raides sans forcer, et aucun exercice de postureapp ne vous demande de chercher à faire craquer.</translation>
    </message>
    <message>
        <source>Exercise breaks are paused</source>
        <translation>Les pauses d’exercice sont suspendues</translation>
    </message>
    <message>
        <source>You told postureapp that something is wrong beyond ordinary stiffness.</source>
        <translation>Vous avez indiqué à postureapp que quelque chose ne va pas, au-delà d’une raideur ordinaire.</translation>
    </message>
    <message>
        <source>Your upper back has felt worse on three check-in days in a row.</source>
        <translation>Le haut de votre dos s’est senti moins bien trois jours de suite lors des questions.</translation>
    </message>
    <message>
        <source>This can be a sign that something other than ordinary stiffness is going on. Only a clinician can tell, so please have a doctor or a physical therapist look at it.</source>
        <translation>Cela peut être le signe que quelque chose d’autre qu’une raideur ordinaire se passe. Seul un professionnel de santé peut le dire, alors faites examiner cela par un médecin ou un kinésithérapeute.</translation>
    </message>
    <message>
        <source>Until then the exercise breaks are paused. postureapp can still remind you now and then to stand up and walk about.</source>
        <translation>D’ici là, les pauses d’exercice sont suspendues. postureapp peut quand même vous rappeler de temps en temps de vous lever et de marcher un peu.</translation>
    </message>
    <message>
        <source>Time to stand up, walk about and rest your eyes until the countdown ends.</source>
        <translation>Il est temps de se lever, de marcher un peu et de reposer vos yeux jusqu’à la fin du décompte.</translation>
    </message>
    <message>
        <source>Worth a visit to a physical therapist</source>
        <translation>Une visite chez un kinésithérapeute vaut la peine</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and your stiffness ratings have not come down.</source>
        <translation>Vous avez fait des pauses la plupart des jours pendant deux semaines ou plus, et vos notes de raideur n’ont pas baissé.</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and none of your check-ins in that time said &apos;better&apos;.</source>
        <translation>Vous avez fait des pauses la plupart des jours pendant deux semaines ou plus, et aucune de vos réponses pendant ce temps n’a été «&#xa0;mieux&#xa0;».</translation>
    </message>
    <message>
        <source>Stiffness that stays despite weeks of gentle, regular movement is worth showing to a physical therapist, who can find out what is behind it and what would help. You can keep using postureapp in the meantime.</source>
        <translation>Une raideur qui reste malgré des semaines de mouvements doux et réguliers mérite d’être montrée à un kinésithérapeute, qui peut trouver ce qui la cause et ce qui aiderait. Vous pouvez continuer à utiliser postureapp en attendant.</translation>
    </message>
    <message>
        <source>You stopped because it hurt</source>
        <translation>Vous avez arrêté parce que ça faisait mal</translation>
    </message>
    <message>
        <source>Stopping was the right thing to do. Rest now, and leave out the movement that hurt.</source>
        <translation>Arrêter était la bonne chose à faire. Reposez-vous maintenant et laissez de côté le mouvement qui a fait mal.</translation>
    </message>
    <message>
        <source>If the pain stays or gets worse, have a physical therapist or a doctor look at it.</source>
        <translation>Si la douleur reste ou s’aggrave, faites-la examiner par un kinésithérapeute ou un médecin.</translation>
    </message>
    <message>
        <source>You can pause the exercise breaks until then. postureapp will only remind you now and then to stand up and walk about.</source>
        <translation>Vous pouvez suspendre les pauses d’exercice d’ici là. postureapp vous rappellera seulement de temps en temps de vous lever et de marcher un peu.</translation>
    </message>
    <message>
        <source>You stopped a break because a movement hurt.</source>
        <translation>Vous avez arrêté une pause parce qu’un mouvement faisait mal.</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety. Breaks only remind you to stand up and move.</source>
        <translation>Les pauses d’exercice sont suspendues pour votre sécurité. Les pauses rappellent seulement de se lever et de bouger.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>a list of calendars like {0} (kind file, url or caldav; user for caldav)</source>
        <translation>une liste d’agendas comme {0} (kind file, url ou caldav&#xa0;; user pour caldav)</translation>
    </message>
    <message>
        <source>must be {0}</source>
        <translation>doit être {0}</translation>
    </message>
    <message>
        <source>unknown setting (did you mean {0}?)</source>
        <translation>paramètre inconnu (vouliez-vous dire {0}&#xa0;?)</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>paramètre inconnu</translation>
    </message>
    <message>
        <source>Work between breaks</source>
        <translation>Travail entre les pauses</translation>
    </message>
    <message>
        <source>Minutes of work between one break and the next.</source>
        <translation>Minutes de travail entre une pause et la suivante.</translation>
    </message>
    <message>
        <source>Short break length</source>
        <translation>Durée d’une courte pause</translation>
    </message>
    <message>
        <source>How long a short break lasts. Its exercise is repeated or held longer to fit, and every step leaves time to read it; a break lands within 10 % (or 5 s) of this.</source>
        <translation>Combien de temps dure une courte pause. Son exercice est répété ou tenu plus longtemps pour remplir le temps, et chaque étape laisse le temps de la lire&#xa0;; une pause tombe à 10 % (ou 5 s) près de cette durée.</translation>
    </message>
    <message>
        <source>Long break every</source>
        <translation>Longue pause toutes les</translation>
    </message>
    <message>
        <source>Every Nth break is a long one; 0 means never.</source>
        <translation>Une pause sur N est longue&#xa0;; 0 signifie jamais.</translation>
    </message>
    <message>
        <source>Long break length</source>
        <translation>Durée d’une longue pause</translation>
    </message>
    <message>
        <source>How long a long break lasts. Its exercises are repeated or held longer to fit; a break lands within 10 % (or 5 s) of this.</source>
        <translation>Combien de temps dure une longue pause. Ses exercices sont répétés ou tenus plus longtemps pour remplir le temps&#xa0;; une pause tombe à 10 % (ou 5 s) près de cette durée.</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>Annonce avant une pause</translation>
    </message>
    <message>
        <source>How early a quiet notice announces a break; 0 means no notice.</source>
        <translation>Combien de temps avant une pause une discrète annonce apparaît&#xa0;; 0 signifie pas d’annonce.</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Durée du report</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>De combien Reporter repousse une pause.</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Reports par pause</translation>
    </message>
    <message>
        <source>How often in a row one break may be snoozed; 0 turns Snooze off.</source>
        <translation>Combien de fois de suite une pause peut être reportée&#xa0;; 0 désactive Reporter.</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Mode strict</translation>
    </message>
    <message>
        <source>A break that has started cannot be skipped or snoozed.</source>
        <translation>Une pause commencée ne peut être ni passée ni reportée.</translation>
    </message>
    <message>
        <source>Only in working hours</source>
        <translation>Seulement pendant les heures de travail</translation>
    </message>
    <message>
        <source>Plan breaks only inside the working hours set for each day.</source>
        <translation>Prévoir des pauses seulement pendant les heures de travail définies pour chaque jour.</translation>
    </message>
    <message>
        <source>Working hours on this day, as HH:MM-HH:MM ranges; empty for a day off.</source>
        <translation>Heures de travail ce jour-là, en plages HH:MM-HH:MM&#xa0;; vide pour un jour de repos.</translation>
    </message>
    <message>
        <source>Fixed break times</source>
        <translation>Heures fixes de pause</translation>
    </message>
    <message>
        <source>Times of day when a break comes whatever the interval says.</source>
        <translation>Heures de la journée où une pause vient quoi que dise l’intervalle.</translation>
    </message>
    <message>
        <source>Days for fixed times</source>
        <translation>Jours des heures fixes</translation>
    </message>
    <message>
        <source>The days on which the fixed break times apply.</source>
        <translation>Les jours où les heures fixes de pause s’appliquent.</translation>
    </message>
    <message>
        <source>Wait during full screen</source>
        <translation>Attendre en plein écran</translation>
    </message>
    <message>
        <source>Hold a due break while a full-screen window is in front.</source>
        <translation>Retenir une pause due tant qu’une fenêtre plein écran est devant.</translation>
    </message>
    <message>
        <source>Wait during Do Not Disturb</source>
        <translation>Attendre en mode Ne pas déranger</translation>
    </message>
    <message>
        <source>Hold a due break while Do Not Disturb is on.</source>
        <translation>Retenir une pause due tant que Ne pas déranger est activé.</translation>
    </message>
    <message>
        <source>Wait during calls</source>
        <translation>Attendre pendant les appels</translation>
    </message>
    <message>
        <source>Hold a due break while a call seems to be in progress.</source>
        <translation>Retenir une pause due tant qu’un appel semble en cours.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attente maximale</translation>
    </message>
    <message>
        <source>How long a held break waits before it is shown anyway; 0 means no limit.</source>
        <translation>Combien de temps une pause retenue attend avant d’apparaître quand même&#xa0;; 0 signifie sans limite.</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Agendas</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Local .ics files or folders, web addresses and CalDAV accounts (read only).</source>
        <translation>Agendas dont les événements retiennent les pauses&#xa0;: aucune pause pendant un événement occupé, aucune juste avant. Fichiers ou dossiers .ics locaux, adresses web et comptes CalDAV (lecture seule).</translation>
    </message>
    <message>
        <source>Clear before events</source>
        <translation>Marge avant les événements</translation>
    </message>
    <message>
        <source>No break falls due this long before an event; it comes early or right after instead.</source>
        <translation>Aucune pause ne tombe aussi peu de temps avant un événement&#xa0;; elle vient plus tôt ou juste après.</translation>
    </message>
    <message>
        <source>Read calendars every</source>
        <translation>Lire les agendas toutes les</translation>
    </message>
    <message>
        <source>How often calendars are read again (also on waking up).</source>
        <translation>À quelle fréquence les agendas sont relus (aussi au réveil).</translation>
    </message>
    <message>
        <source>Show event titles</source>
        <translation>Afficher le titre des événements</translation>
    </message>
    <message>
        <source>Name the event a break waits for (postureapp status); off keeps the titles private.</source>
        <translation>Nommer l’événement qu’une pause attend (postureapp status)&#xa0;; désactivé, les titres restent privés.</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Zones du corps</translation>
    </message>
    <message>
        <source>The parts of the body the offered exercises may work on.</source>
        <translation>Les parties du corps que les exercices proposés peuvent travailler.</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>The positions an offered exercise may ask you to take.</source>
        <translation>Les positions qu’un exercice proposé peut vous demander de prendre.</translation>
    </message>
    <message>
        <source>Equipment at hand</source>
        <translation>Équipement à portée</translation>
    </message>
    <message>
        <source>Equipment you have nearby; exercises needing other things are left out.</source>
        <translation>L’équipement que vous avez sous la main&#xa0;; les exercices qui demandent autre chose sont écartés.</translation>
    </message>
    <message>
        <source>Your exercises folder</source>
        <translation>Votre dossier d’exercices</translation>
    </message>
    <message>
        <source>A folder of your own exercise files; empty means the usual one.</source>
        <translation>Un dossier de vos propres fichiers d’exercices&#xa0;; vide signifie le dossier habituel.</translation>
    </message>
    <message>
        <source>How often each exercise comes</source>
        <translation>Fréquence de chaque exercice</translation>
    </message>
    <message>
        <source>Whether each exercise is offered, and how often: never (0, unticked), as usual (1), more often (2) or most often (3). Exercises not listed come as usual.</source>
        <translation>Si chaque exercice est proposé, et à quelle fréquence : jamais (0, décoché), normalement (1), plus souvent (2) ou le plus souvent (3). Les exercices non listés viennent normalement.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Play a soft sound when a break starts and ends.</source>
        <translation>Jouer un son doux quand une pause commence et finit.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop.</source>
        <translation>Fenêtres claires ou sombres&#xa0;; Système suit votre bureau.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à la connexion</translation>
    </message>
    <message>
        <source>Start postureapp when you log in.</source>
        <translation>Lancer postureapp quand vous vous connectez.</translation>
    </message>
    <message>
        <source>Away counts as a break</source>
        <translation>L’absence compte comme une pause</translation>
    </message>
    <message>
        <source>Away from the computer this long and a break counts as taken.</source>
        <translation>Loin de l’ordinateur aussi longtemps, et une pause compte comme faite.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Now and then ask after a break how your back and neck feel.</source>
        <translation>De temps en temps, demander après une pause comment se sentent votre dos et votre cou.</translation>
    </message>
    <message>
        <source>Moving pictures</source>
        <translation>Images animées</translation>
    </message>
    <message>
        <source>Whether the figure in the break window moves: auto follows the desktop&apos;s animation setting; reduced shows the end pose over a faint start pose.</source>
        <translation>Si la silhouette de la fenêtre de pause bouge&#xa0;: Auto suit le réglage d’animation du bureau&#xa0;; Réduit montre la position finale sur une position de départ estompée.</translation>
    </message>
    <message>
        <source>Breaks for a streak day</source>
        <translation>Pauses pour un jour de série</translation>
    </message>
    <message>
        <source>How many breaks make a day count towards a streak.</source>
        <translation>Combien de pauses font compter un jour dans une série.</translation>
    </message>
    <message>
        <source>Watch my posture with the camera</source>
        <translation>Surveiller ma posture avec la caméra</translation>
    </message>
    <message>
        <source>A few times a minute the camera takes one picture, the position of your head and shoulders is read from it on this computer, and the picture is dropped at once: no picture is kept or sent anywhere. A slouch held for a while brings the next break forward.</source>
        <translation>Quelques fois par minute, la caméra prend une image, la position de votre tête et de vos épaules y est lue sur cet ordinateur, et l&apos;image est aussitôt jetée : aucune image n&apos;est gardée ni envoyée nulle part. Un avachissement qui dure un moment avance la pause suivante.</translation>
    </message>
    <message>
        <source>Camera readings per minute</source>
        <translation>Lectures de la caméra par minute</translation>
    </message>
    <message>
        <source>How often the camera is switched on for one picture; it is off in between.</source>
        <translation>À quelle fréquence la caméra s&apos;allume pour une image ; elle est éteinte entre deux.</translation>
    </message>
    <message>
        <source>Slouch threshold</source>
        <translation>Seuil d&apos;avachissement</translation>
    </message>
    <message>
        <source>How far your head may sink, or your shoulders round, from the upright posture you calibrated before it counts as a slouch.</source>
        <translation>De combien votre tête peut descendre, ou vos épaules s&apos;enrouler, par rapport à la posture droite calibrée, avant que cela compte comme avachi.</translation>
    </message>
    <message>
        <source>Slouch held for</source>
        <translation>Avachissement tenu pendant</translation>
    </message>
    <message>
        <source>A slouch held this long brings the next break forward, with an exercise that answers it (never sooner than the notice allows, and never during a call, a full-screen window, do-not-disturb or a meeting).</source>
        <translation>Un avachissement tenu aussi longtemps avance la pause suivante, avec un exercice qui y répond (jamais plus tôt que le préavis ne le permet, ni pendant un appel, une fenêtre plein écran, le mode ne pas déranger ou une réunion).</translation>
    </message>
    <message>
        <source>minutes</source>
        <extracomment>The units and choices the dialog shows (choices that are `terms` are translated there).</extracomment>
        <translation>minutes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pauses</translation>
    </message>
    <message>
        <source>snoozes</source>
        <translation>reports</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>lectures</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Réduit</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>{0} is not a TOML list like {1}</source>
        <translation>{0} n’est pas une liste TOML comme {1}</translation>
    </message>
    <message>
        <source>{0} is not a list</source>
        <translation>{0} n’est pas une liste</translation>
    </message>
    <message>
        <source>must be {0}, got {1}</source>
        <extracomment>The Python type of the checked values (the Settings dataclass declares the same).</extracomment>
        <translation>doit être {0}, trouvé {1}</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1} ({2})</source>
        <translation>un nombre entier de {0} à {1} ({2})</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1}</source>
        <translation>un nombre entier de {0} à {1}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>l’un de {0}</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>une liste parmi {0}</translation>
    </message>
    <message>
        <source>a list of at least one of {0}</source>
        <translation>une liste d’au moins un parmi {0}</translation>
    </message>
    <message>
        <source>{0} is not one of {1}</source>
        <translation>{0} ne fait pas partie de {1}</translation>
    </message>
    <message>
        <source>{0} are not any of {1}</source>
        <translation>{0} ne font pas partie de {1}</translation>
    </message>
    <message>
        <source>{0} is not a time of day as HH:MM (00:00 to 23:59)</source>
        <translation>{0} n’est pas une heure au format HH:MM (00:00 à 23:59)</translation>
    </message>
    <message>
        <source>time ranges like {0} (&quot;&quot; for none)</source>
        <translation>des plages comme {0} (&quot;&quot; pour aucune)</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must start before it ends</source>
        <translation>«&#xa0;{0}&#xa0;» doit commencer avant de finir</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; and &quot;{1}&quot; overlap</source>
        <translation>«&#xa0;{0}&#xa0;» et «&#xa0;{1}&#xa0;» se chevauchent</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a range like &quot;09:00-12:30&quot; (HH:MM-HH:MM)</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une plage comme «&#xa0;09:00-12:30&#xa0;» (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <source>a list of times like {0}</source>
        <translation>une liste d’heures comme {0}</translation>
    </message>
    <message>
        <source>lists {0} twice</source>
        <translation>contient {0} deux fois</translation>
    </message>
    <message>
        <source>an absolute folder path (&quot;&quot; for the default folder)</source>
        <translation>un chemin de dossier absolu (&quot;&quot; pour le dossier par défaut)</translation>
    </message>
    <message>
        <source>a table of exercise ids and whole numbers from {0} (never) to {1} (most often), like {2} (&quot;&quot; for none)</source>
        <extracomment>How often each exercise is offered, by its id: (id, weight) pairs sorted by id, without the exercises that come as usual (weight 1).</extracomment>
        <translation>une table d’identifiants d’exercices et de nombres entiers de {0} (jamais) à {1} (le plus souvent), comme {2} (&quot;&quot; pour aucun)</translation>
    </message>
    <message>
        <source>{0} is not an exercise id (lowercase letters, digits, -)</source>
        <translation>{0} n’est pas un identifiant d’exercice (minuscules, chiffres, -)</translation>
    </message>
    <message>
        <source>the weight of {0} must be a whole number from {1} to {2}, got {3}</source>
        <translation>le poids de {0} doit être un nombre entier de {1} à {2}, reçu {3}</translation>
    </message>
    <message>
        <source>{0} is not a TOML table like {1}</source>
        <translation>{0} n’est pas une table TOML comme {1}</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not like &quot;chin-tuck=2&quot;</source>
        <translation>« {0} » ne ressemble pas à « chin-tuck=2 »</translation>
    </message>
    <message>
        <source>Allowed: {0}</source>
        <extracomment>Choices that are words of the domain, and the days: translated with `terms` (one place).</extracomment>
        <translation>Autorisé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>Problème avec {0}</translation>
    </message>
    <message>
        <source>As usual</source>
        <extracomment>The rows&apos; choices when an exercise is on: (weight, words).</extracomment>
        <translation>Normalement</translation>
    </message>
    <message>
        <source>More often</source>
        <translation>Plus souvent</translation>
    </message>
    <message>
        <source>Most often</source>
        <translation>Le plus souvent</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Find an exercise</source>
        <translation>Chercher un exercice</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (introuvable)</translation>
    </message>
    <message>
        <source>Offer {0}</source>
        <translation>Proposer {0}</translation>
    </message>
    <message>
        <source>How often {0} comes</source>
        <translation>Fréquence de {0}</translation>
    </message>
    <message>
        <source>{0} was written by a newer postureapp (schema {1}); this version will not change it</source>
        <translation>{0} a été écrit par un postureapp plus récent (schéma {1}) ; cette version ne le modifiera pas</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>postureapp — starting</source>
        <translation>postureapp — démarrage</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused — resume from the menu</source>
        <translation>Suspendu — reprendre depuis le menu</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>Suspendu jusqu’à {0}</translation>
    </message>
    <message>
        <source>No break planned</source>
        <translation>Aucune pause prévue</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>longue pause</translation>
    </message>
    <message>
        <source>short break</source>
        <translation>courte pause</translation>
    </message>
    <message>
        <source>Next {0} at {1}</source>
        <translation>Prochaine {0} à {1}</translation>
    </message>
    <message>
        <source>(after a meeting)</source>
        <translation>(après une réunion)</translation>
    </message>
    <message>
        <source>(before a meeting)</source>
        <translation>(avant une réunion)</translation>
    </message>
    <message>
        <source>(early: you have slouched a while)</source>
        <translation>(plus tôt : vous êtes avachi depuis un moment)</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>short break</source>
        <extracomment>The translation context of every label below. (member, label). A list, not a dict: members of different sets may share a value (&quot;neck&quot;, &quot;natural&quot;), and StrEnum members with equal values are equal dict keys.</extracomment>
        <translation>courte pause</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>longue pause</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminées</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminée plus tôt</translation>
    </message>
    <message>
        <source>stopped (it hurt)</source>
        <translation>arrêtée (ça faisait mal)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passée</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>reportée</translation>
    </message>
    <message>
        <source>away (natural break)</source>
        <translation>absent (pause naturelle)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>planning</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation>heure fixe</translation>
    </message>
    <message>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>posture</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Haut du dos</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cou</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Épaules</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Poitrine</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Bas du dos</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Assis</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Au sol</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rouleau de massage</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Serviette</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>rotation</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>extension</translation>
    </message>
    <message>
        <source>flexion</source>
        <translation>flexion</translation>
    </message>
    <message>
        <source>side bend</source>
        <translation>inclinaison latérale</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>cou</translation>
    </message>
    <message>
        <source>shoulder blades</source>
        <translation>omoplates</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Respirez lentement</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>one side</source>
        <translation>un côté</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>les deux côtés</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mieux</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Pareil</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Moins bien</translation>
    </message>
    <message>
        <source>A warning sign</source>
        <translation>Un signe d’alerte</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
</context>
</TS>
