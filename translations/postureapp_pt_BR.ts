<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutSafetyDialog</name>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>Retomar as pausas de exercício…</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>Retomar as pausas de exercício</translation>
    </message>
</context>
<context>
    <name>AddCalendarDialog</name>
    <message>
        <source>Add a calendar</source>
        <extracomment>(source, password) -&gt; None; raises with a sentence when the keyring cannot keep it.</extracomment>
        <translation>Adicionar uma agenda</translation>
    </message>
    <message>
        <source>A file or folder of .ics files</source>
        <translation>Um arquivo ou uma pasta de arquivos .ics</translation>
    </message>
    <message>
        <source>A web address (iCalendar subscription)</source>
        <translation>Um endereço web (assinatura iCalendar)</translation>
    </message>
    <message>
        <source>A CalDAV account (read only)</source>
        <translation>Uma conta CalDAV (somente leitura)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Local</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuário</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>The password is kept in your desktop keyring, never in a file.</source>
        <translation>A senha fica no chaveiro da sua área de trabalho, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>Escolher um arquivo de agenda</translation>
    </message>
    <message>
        <source>Passwords cannot be kept here: no keyring is available.</source>
        <translation>Não é possível guardar senhas aqui: nenhum chaveiro está disponível.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Take a break now</source>
        <translation>Fazer uma pausa agora</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Até amanhã</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>Retomar as pausas de exercício…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Histórico…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Exercícios…</translation>
    </message>
    <message>
        <source>About &amp;&amp; safety…</source>
        <translation>Sobre &amp;&amp; segurança…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspender</translation>
    </message>
</context>
<context>
    <name>BreakWhenIdle</name>
    <message>
        <source>Time for a break</source>
        <extracomment>How often idle time is read while the window waits. Without idle time, the window opens after this long if nobody picked &quot;Show now&quot;.</extracomment>
        <translation>Hora de uma pausa</translation>
    </message>
    <message>
        <source>It opens as soon as you pause your typing.</source>
        <translation>Ela abre assim que você parar de digitar por um instante.</translation>
    </message>
    <message>
        <source>Show now</source>
        <translation>Mostrar agora</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>postureapp — time for a break</source>
        <extracomment>The window takes the keyboard once the user has not typed for this long: longer than a pause to think, so words typed elsewhere always go where they were meant to. Keys pressed this soon after the window took the keyboard were meant for another window. How often (in ticks) idle time is read while the window waits to take the keyboard. How long the closing &quot;well done&quot; stays before the window goes.</extracomment>
        <translation>postureapp — hora de uma pausa</translation>
    </message>
    <message>
        <source>Kind of break and progress</source>
        <translation>Tipo de pausa e progresso</translation>
    </message>
    <message>
        <source>Time left in this break</source>
        <translation>Tempo restante desta pausa</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Where you are in the break</source>
        <translation>Em que ponto da pausa você está</translation>
    </message>
    <message>
        <source>Picture of the step</source>
        <translation>Imagem da etapa</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tempo restante desta etapa</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiração</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>O que vem a seguir</translation>
    </message>
    <message>
        <source>Caution for this exercise</source>
        <translation>Cuidado para este exercício</translation>
    </message>
    <message>
        <source>All cautions</source>
        <translation>Todos os cuidados</translation>
    </message>
    <message>
        <source>Read every caution for this exercise</source>
        <translation>Ler todos os cuidados deste exercício</translation>
    </message>
    <message>
        <source>Move gently and only as far as is comfortable. Stop at once if anything hurts.</source>
        <translation>Mova-se com suavidade e só até onde for confortável. Pare na hora se algo doer.</translation>
    </message>
    <message>
        <source>This &amp;hurts — stop</source>
        <translation>Isso &amp;dói — parar</translation>
    </message>
    <message>
        <source>This hurts — stop</source>
        <translation>Isso dói — parar</translation>
    </message>
    <message>
        <source>End the break at once and see when to get help</source>
        <translation>Encerrar a pausa na hora e ver quando buscar ajuda</translation>
    </message>
    <message>
        <source>S&amp;kip (Esc)</source>
        <translation>&amp;Pular (Esc)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Pular esta pausa</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Adiar</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>Put this break off for a few minutes</source>
        <translation>Adiar esta pausa por alguns minutos</translation>
    </message>
    <message>
        <source>You have snoozed as often as allowed in a row.</source>
        <translation>Você já adiou quantas vezes seguidas é permitido.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>End the break now; before its end it counts as ended early</source>
        <translation>Encerrar a pausa agora; antes do fim, ela conta como encerrada mais cedo</translation>
    </message>
    <message>
        <source>Nearly done — well done.</source>
        <translation>Quase lá — muito bem.</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado esquerdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado direito</translation>
    </message>
    <message>
        <source>step {0} of {1}</source>
        <translation>etapa {0} de {1}</translation>
    </message>
    <message>
        <source>Next: {0} — {1}</source>
        <translation>A seguir: {0} — {1}</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>A seguir: {0}</translation>
    </message>
    <message>
        <source>LONG BREAK · EXERCISE {0} OF {1}</source>
        <translation>PAUSA LONGA · EXERCÍCIO {0} DE {1}</translation>
    </message>
    <message>
        <source>SHORT BREAK</source>
        <translation>PAUSA CURTA</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Respire devagar</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>faltam {0}</translation>
    </message>
    <message>
        <source>Cautions: {0}</source>
        <translation>Cuidados: {0}</translation>
    </message>
    <message>
        <source>Well done. Back to it.</source>
        <translation>Muito bem. De volta ao trabalho.</translation>
    </message>
</context>
<context>
    <name>CalendarKeeper</name>
    <message>
        <source>Breaks keep using its copy from {0}.</source>
        <translation>As pausas continuam usando a cópia de {0}.</translation>
    </message>
    <message>
        <source>There is no earlier copy, so its events are not known.</source>
        <translation>Não há uma cópia anterior, então os eventos dela não são conhecidos.</translation>
    </message>
    <message>
        <source>The calendar “{0}” could not be read: {1}. {2}</source>
        <translation>Não foi possível ler a agenda “{0}”: {1}. {2}</translation>
    </message>
</context>
<context>
    <name>CalendarSourcesEditor</name>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}: arquivo {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}: endereço web {1}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation>{0}: CalDAV {1} como {2}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation>{0}: CalDAV {1}</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Add a calendar</source>
        <translation>Adicionar uma agenda</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the chosen calendar</source>
        <translation>Remover a agenda escolhida</translation>
    </message>
    <message>
        <source>No calendars: breaks follow the clock alone.</source>
        <translation>Nenhuma agenda: as pausas seguem só o relógio.</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Breaks done</source>
        <translation>Pausas feitas</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Taxa de conclusão</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Meta cumprida</translation>
    </message>
    <message>
        <source>Streak (days)</source>
        <translation>Sequência (dias)</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Tempo de exercício</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Rigidez</translation>
    </message>
    <message>
        <source>Sitting upright</source>
        <translation>Sentado ereto</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>{0} ended early, {1} skipped or snoozed</source>
        <translation>{0} encerradas mais cedo, {1} puladas ou adiadas</translation>
    </message>
    <message>
        <source>no reminders in this range</source>
        <translation>nenhum lembrete neste período</translation>
    </message>
    <message>
        <source>of reminders completed</source>
        <translation>dos lembretes concluídos</translation>
    </message>
    <message>
        <source>days with {0} or more breaks done</source>
        <translation>dias com {0} ou mais pausas feitas</translation>
    </message>
    <message>
        <source>best {0} · goal {1} a day</source>
        <translation>melhor {0} · meta {1} por dia</translation>
    </message>
    <message>
        <source>{0} a day on average</source>
        <translation>{0} por dia em média</translation>
    </message>
    <message>
        <source>0–10, first and last week rated</source>
        <translation>0–10, primeira e última semana avaliadas</translation>
    </message>
    <message>
        <source>0–10, one day rated</source>
        <translation>0–10, um dia avaliado</translation>
    </message>
    <message>
        <source>no ratings in this range</source>
        <translation>nenhuma avaliação neste período</translation>
    </message>
    <message>
        <source>a warning sign on 1 day</source>
        <translation>um sinal de alerta em 1 dia</translation>
    </message>
    <message>
        <source>a warning sign on {0} days</source>
        <translation>um sinal de alerta em {0} dias</translation>
    </message>
    <message>
        <source>of the time the camera saw you in this range</source>
        <translation>do tempo em que a câmera viu você neste período</translation>
    </message>
</context>
<context>
    <name>CheckInPopup</name>
    <message>
        <source>postureapp — check-in</source>
        <translation>postureapp — como você está?</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Sinais de alerta</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>Como está a parte de cima das suas costas hoje?</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Melhor</translation>
    </message>
    <message>
        <source>Better than before</source>
        <translation>Melhor que antes</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Mais ou menos igual</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Pior</translation>
    </message>
    <message>
        <source>Worse than before</source>
        <translation>Pior que antes</translation>
    </message>
    <message>
        <source>How stiff, from 0 (not at all) to 10? Optional.</source>
        <translation>Quão rígida, de 0 (nada) a 10? Opcional.</translation>
    </message>
    <message>
        <source>Stiffness {0} of 10</source>
        <translation>Rigidez {0} de 10</translation>
    </message>
    <message>
        <source>0 is not stiff at all, 10 is very stiff</source>
        <translation>0 é nada rígida, 10 é muito rígida</translation>
    </message>
    <message>
        <source>Something else is wrong</source>
        <translation>Há algo mais errado</translation>
    </message>
    <message>
        <source>Something else is wrong: show the signs</source>
        <translation>Há algo mais errado: mostrar os sinais</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Not now, close the check-in</source>
        <translation>Agora não, fechar a pergunta</translation>
    </message>
    <message>
        <source>Thank you for telling us. If any of these fit, please see a clinician; the emergency one needs care straight away.</source>
        <translation>Obrigado por nos contar. Se algum destes sinais combinar, procure um médico; o de emergência precisa de atendimento imediato.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the warning signs</source>
        <translation>Fechar os sinais de alerta</translation>
    </message>
</context>
<context>
    <name>CheckInsModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Como foi</translation>
    </message>
    <message>
        <source>Stiffness (0–10)</source>
        <translation>Rigidez (0–10)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>break-now: no exercise with the id {0}</source>
        <translation>break-now: não há exercício com o id {0}</translation>
    </message>
    <message>
        <source>break-now: exercise breaks are paused for safety; resume them from About &amp; safety (postureapp open about) once a clinician has looked at it, or it has passed</source>
        <translation>break-now: as pausas de exercício estão suspensas para sua segurança; retome-as em “Sobre &amp; segurança” (postureapp open about) quando um médico tiver examinado, ou quando tiver passado</translation>
    </message>
    <message>
        <source>a break is already on screen</source>
        <translation>já há uma pausa na tela</translation>
    </message>
    <message>
        <source>no exercise fits your settings</source>
        <translation>nenhum exercício combina com suas configurações</translation>
    </message>
    <message>
        <source>this exercise is switched off in your settings</source>
        <translation>este exercício está desligado nas suas configurações</translation>
    </message>
    <message>
        <source>pause: an argument is required</source>
        <translation>pause: é preciso um argumento</translation>
    </message>
    <message>
        <source>no break is on screen</source>
        <translation>não há pausa na tela</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>o modo rigoroso está ligado: as pausas não podem ser puladas</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>No exercise fits your settings for a long break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <extracomment>A sleep this long in the middle of a break ends it (as far as it got) rather than resuming.</extracomment>
        <translation>Nenhum exercício combina com suas configurações para uma pausa longa. Confira as áreas do corpo e as posições nas Configurações, ou sua própria pasta de exercícios.</translation>
    </message>
    <message>
        <source>No exercise fits your settings for a short break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <translation>Nenhum exercício combina com suas configurações para uma pausa curta. Confira as áreas do corpo e as posições nas Configurações, ou sua própria pasta de exercícios.</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Completed</source>
        <extracomment>Every how many days the chart&apos;s day axis carries a date; today is always labelled. At most this many dates under the bars, whatever the grain. The stiffness trend&apos;s colour: the illustrations&apos; accent, readable on light and dark. Warning-sign days: a red that reads on light and dark.</extracomment>
        <translation>Concluídas</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Encerradas mais cedo</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Puladas ou adiadas</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>Meta da sequência</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Rigidez</translation>
    </message>
    <message>
        <source>Warning sign reported</source>
        <translation>Sinal de alerta informado</translation>
    </message>
    <message>
        <source>stiffness</source>
        <translation>rigidez</translation>
    </message>
    <message>
        <source>Today {0}; most in a day {1}; the goal of {2} was reached on {3} of {4} days</source>
        <translation>Hoje {0}; máximo em um dia {1}; a meta de {2} foi alcançada em {3} de {4} dias</translation>
    </message>
    <message>
        <source>{0} bars; completed breaks in the last {1}, the most in one {2}</source>
        <translation>{0} barras; pausas concluídas na última: {1}, o máximo em uma: {2}</translation>
    </message>
    <message>
        <source>; a warning sign was reported in {0} of them</source>
        <translation>; um sinal de alerta foi informado em {0} delas</translation>
    </message>
</context>
<context>
    <name>DesktopCheckIn</name>
    <message>
        <source>Better</source>
        <translation>Melhor</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Pior</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Mais…</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>Como está a parte de cima das suas costas hoje?</translation>
    </message>
    <message>
        <source>Compared with before. “More…” rates the stiffness or reports a warning sign.</source>
        <translation>Em comparação com antes. “Mais…” avalia a rigidez ou informa um sinal de alerta.</translation>
    </message>
</context>
<context>
    <name>DesktopNotice</name>
    <message>
        <source>A long break</source>
        <translation>Uma pausa longa</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Uma pausa curta</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{0} em {1} s</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Começar agora</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>Em {0} min</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>Termine seu raciocínio; a pausa começa quando esta contagem acabar.</translation>
    </message>
</context>
<context>
    <name>ExerciseChoices</name>
    <message>
        <source>&amp;Not this one again</source>
        <extracomment>What the user chose in this break, per exercise: (not again, more like this).</extracomment>
        <translation>&amp;Não mostrar de novo</translation>
    </message>
    <message>
        <source>Not this one again</source>
        <translation>Não mostrar de novo</translation>
    </message>
    <message>
        <source>Never offer this exercise again; undo it in Settings, Exercises</source>
        <translation>Nunca mais oferecer este exercício; desfaça em Configurações, Exercícios</translation>
    </message>
    <message>
        <source>&amp;More like this</source>
        <translation>&amp;Mais como este</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Mais como este</translation>
    </message>
    <message>
        <source>Offer this exercise more often</source>
        <translation>Oferecer este exercício com mais frequência</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>postureapp — New exercise</source>
        <extracomment>How soon after the last keystroke the whole exercise is checked again.</extracomment>
        <translation>postureapp — Novo exercício</translation>
    </message>
    <message>
        <source>postureapp — Edit exercise</source>
        <translation>postureapp — Editar exercício</translation>
    </message>
    <message>
        <source>The exercise</source>
        <translation>O exercício</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remover passo</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Mover para antes</translation>
    </message>
    <message>
        <source>Steps, in the order they are done</source>
        <translation>Passos, na ordem em que são feitos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Length of the preview break</source>
        <translation>Duração da pausa de teste</translation>
    </message>
    <message>
        <source>+ A&amp;dd step</source>
        <translation>+ &amp;Adicionar passo</translation>
    </message>
    <message>
        <source>▶ Tr&amp;y it as a break</source>
        <translation>▶ Testar como pa&amp;usa</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Duração da pausa</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>Passo {0}</translation>
    </message>
    <message>
        <source>✓ Ready: it can be saved and tried as a break.</source>
        <translation>✓ Pronto: pode ser salvo e testado como pausa.</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>passo {0}</translation>
    </message>
    <message>
        <source>1 thing to fix or fill in before saving: {1}</source>
        <translation>1 item para corrigir ou preencher antes de salvar: {1}</translation>
    </message>
    <message>
        <source>{0} things to fix or fill in before saving: {1}</source>
        <translation>{0} itens para corrigir ou preencher antes de salvar: {1}</translation>
    </message>
    <message>
        <source>As written it lasts {0} s; a break repeats or holds it to fit.</source>
        <translation>Como está escrito, dura {0} s; uma pausa repete ou sustenta para caber.</translation>
    </message>
    <message>
        <source>postureapp — preview of {0}</source>
        <translation>postureapp — teste de {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>The exercise could not be saved in {0}: {1}</source>
        <translation>Não foi possível salvar o exercício em {0}: {1}</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Sair sem salvar?</translation>
    </message>
    <message>
        <source>Your changes to this exercise are not saved. Leave anyway?</source>
        <translation>Suas alterações neste exercício não foram salvas. Sair mesmo assim?</translation>
    </message>
</context>
<context>
    <name>ExerciseKeeper</name>
    <message>
        <source>Exercise skipped: {0}</source>
        <extracomment>How long the folder must be quiet before it is read again.</extracomment>
        <translation>Exercício ignorado: {0}</translation>
    </message>
</context>
<context>
    <name>ExercisesPanel</name>
    <message>
        <source>By exercise</source>
        <translation>Por exercício</translation>
    </message>
    <message>
        <source>By body area</source>
        <translation>Por área do corpo</translation>
    </message>
    <message>
        <source>Breaks per exercise: sort by any column</source>
        <translation>Pausas por exercício: ordene por qualquer coluna</translation>
    </message>
    <message>
        <source>Breaks per exercise, by how they ended</source>
        <translation>Pausas por exercício, pelo modo como terminaram</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Área do corpo</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Breaks that worked each area: completed, ended early (paler), skipped or snoozed (grey). An exercise counts for every area it works.</source>
        <translation>Pausas que trabalharam cada área: concluídas, encerradas mais cedo (mais claro), puladas ou adiadas (cinza). Um exercício conta para cada área que trabalha.</translation>
    </message>
    <message>
        <source>Breaks with each exercise: completed, ended early (paler), skipped or snoozed (grey); the ten done most. Click a column to sort the table.</source>
        <translation>Pausas com cada exercício: concluídas, encerradas mais cedo (mais claro), puladas ou adiadas (cinza); os dez mais feitos. Clique em uma coluna para ordenar a tabela.</translation>
    </message>
</context>
<context>
    <name>ExercisesWindow</name>
    <message>
        <source>sitting</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>em pé</translation>
    </message>
    <message>
        <source>on the floor</source>
        <translation>no chão</translation>
    </message>
    <message>
        <source>postureapp — Your exercises</source>
        <translation>postureapp — Seus exercícios</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <source>Make your own, for example the routine your physiotherapist gave you, or copy a built-in one to change it. Yours are saved in {0} and come up in your breaks. Drop a pack file here to add the exercises in it.</source>
        <translation>Crie os seus, por exemplo a rotina que seu fisioterapeuta passou, ou copie um incluído para alterá-lo. Os seus ficam salvos em {0} e aparecem nas suas pausas. Solte aqui um arquivo de pacote para adicionar os exercícios dele.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Exercises, your own first</source>
        <translation>Exercícios, os seus primeiro</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>&amp;Novo exercício…</translation>
    </message>
    <message>
        <source>&amp;Copy to a new one…</source>
        <translation>&amp;Copiar para um novo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Ex&amp;portar…</translation>
    </message>
    <message>
        <source>Save the chosen exercises as one file to share</source>
        <translation>Salvar os exercícios escolhidos em um arquivo para compartilhar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add the exercises of a pack file</source>
        <translation>Adicionar os exercícios de um arquivo de pacote</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Seus</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Incluídos</translation>
    </message>
    <message>
        <source>Yours (none yet: press New exercise)</source>
        <translation>Seus (nenhum ainda: clique em Novo exercício)</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (cópia)</translation>
    </message>
    <message>
        <source>{0} (mine)</source>
        <translation>{0} (meu)</translation>
    </message>
    <message>
        <source>Delete exercises</source>
        <translation>Excluir exercícios</translation>
    </message>
    <message>
        <source>Delete {0}? The file is kept aside as .deleted in {1}.</source>
        <translation>Excluir {0}? O arquivo fica guardado como .deleted em {1}.</translation>
    </message>
    <message>
        <source>Export exercises</source>
        <translation>Exportar exercícios</translation>
    </message>
    <message>
        <source>Exercise packs (*.zip)</source>
        <translation>Pacotes de exercícios (*.zip)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Não exportado</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>{0} exercise(s) saved in {1}. Send that file to share them.</source>
        <translation>{0} exercício(s) salvo(s) em {1}. Envie esse arquivo para compartilhá-los.</translation>
    </message>
    <message>
        <source>Import exercises</source>
        <translation>Importar exercícios</translation>
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
        <translation>postureapp — Histórico</translation>
    </message>
    <message>
        <source>Your breaks</source>
        <translation>Suas pausas</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Exercícios…</translation>
    </message>
    <message>
        <source>Your exercises: make, change or share</source>
        <translation>Seus exercícios: criar, alterar ou compartilhar</translation>
    </message>
    <message>
        <source>Result of the last import, export or report</source>
        <translation>Resultado da última importação, exportação ou relatório</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins from a CSV or JSON export</source>
        <translation>Importar pausas e perguntas de uma exportação CSV ou JSON</translation>
    </message>
    <message>
        <source>Export all breaks and check-ins as CSV or JSON</source>
        <translation>Exportar todas as pausas e perguntas como CSV ou JSON</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Relatório…</translation>
    </message>
    <message>
        <source>Save a one-page PDF report of the range shown</source>
        <translation>Salvar um relatório PDF de uma página do período mostrado</translation>
    </message>
    <message>
        <source>Views of the range</source>
        <translation>Visões do período</translation>
    </message>
    <message>
        <source>&amp;Over time</source>
        <translation>Ao longo do &amp;tempo</translation>
    </message>
    <message>
        <source>E&amp;xercises and areas</source>
        <translation>&amp;Exercícios e áreas</translation>
    </message>
    <message>
        <source>Check-ins, newest first</source>
        <translation>Perguntas, as mais recentes primeiro</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>Pe&amp;rguntas</translation>
    </message>
    <message>
        <source>Breaks in the range, newest first</source>
        <translation>Pausas do período, as mais recentes primeiro</translation>
    </message>
    <message>
        <source>Columns of the breaks</source>
        <translation>Colunas das pausas</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausas</translation>
    </message>
    <message>
        <source>Breaks over the range, with stiffness</source>
        <translation>Pausas no período, com a rigidez</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Exercícios mais feitos</translation>
    </message>
    <message>
        <source>Exercises done least</source>
        <translation>Exercícios menos feitos</translation>
    </message>
    <message>
        <source>Done most</source>
        <translation>Mais feitos</translation>
    </message>
    <message>
        <source>Done least</source>
        <translation>Menos feitos</translation>
    </message>
    <message>
        <source>When you take your first break, this window shows how your days go: breaks per day, your streak, and the exercises you do most.

You can take one now from the tray menu: Take a break now. Or bring your history from another computer with Import….</source>
        <translation>Quando você fizer sua primeira pausa, esta janela mostrará como vão seus dias: pausas por dia, sua sequência e os exercícios que você mais faz.

Você pode fazer uma agora pelo menu da bandeja: Fazer uma pausa agora. Ou traga seu histórico de outro computador com Importar….</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausas por dia</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>Pausas por semana</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Pausas por mês</translation>
    </message>
    <message>
        <source>goal {0} a day (dashed); </source>
        <translation>meta {0} por dia (tracejada); </translation>
    </message>
    <message>
        <source>: done, ended early (paler), put off (grey); </source>
        <translation>: feitas, encerradas mais cedo (mais claro), adiadas (cinza); </translation>
    </message>
    <message>
        <source>stiffness 0–10 (orange); ▲ a warning sign</source>
        <translation>rigidez 0–10 (laranja); ▲ um sinal de alerta</translation>
    </message>
    <message>
        <source>Export breaks and check-ins</source>
        <translation>Exportar pausas e perguntas</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json</source>
        <translation>não é possível saber o formato por {0}: dê ao arquivo a extensão .csv ou .json</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>{0} pausas e {1} perguntas gravadas em {2}</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins</source>
        <translation>Importar pausas e perguntas</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>Exportações (*.csv *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <translation>adicionadas {0}, já presentes {1}</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>perguntas: adicionadas {0}, já presentes {1}</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>{0} importado</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Importação concluída</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nada foi importado</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Falha na importação</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>O relatório não foi salvo</translation>
    </message>
    <message>
        <source>Report saved: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</source>
        <translation>Relatório salvo: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>Não foi possível gravar {0}: {1}</translation>
    </message>
    <message>
        <source>No breaks yet</source>
        <translation>Ainda não há pausas</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nada ainda</translation>
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
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <extracomment>As the command line: records per transaction, and the pause between two.</extracomment>
        <translation>o registro de pausas não pode ser usado agora: {0}</translation>
    </message>
</context>
<context>
    <name>HurtDialog</name>
    <message>
        <source>Pause exercise breaks</source>
        <translation>Suspender as pausas de exercício</translation>
    </message>
    <message>
        <source>Pause exercise breaks until it is better</source>
        <translation>Suspender as pausas de exercício até melhorar</translation>
    </message>
    <message>
        <source>Keep them on</source>
        <translation>Manter ligadas</translation>
    </message>
    <message>
        <source>Keep exercise breaks on</source>
        <translation>Manter as pausas de exercício ligadas</translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <source>It comes early: the camera has seen a slouch for a while ({0}). Its exercise answers that.</source>
        <translation>Ela vem mais cedo: a câmera viu você curvado por um tempo ({0}). O exercício dela corrige isso.</translation>
    </message>
    <message>
        <source>postureapp — break coming</source>
        <translation>postureapp — pausa chegando</translation>
    </message>
    <message>
        <source>A long break</source>
        <translation>Uma pausa longa</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Uma pausa curta</translation>
    </message>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>Break coming</source>
        <translation>Pausa chegando</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>Termine seu raciocínio; a pausa começa quando esta contagem acabar.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Começar agora</translation>
    </message>
    <message>
        <source>Start the break now</source>
        <translation>Começar a pausa agora</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>Em {0} min</translation>
    </message>
    <message>
        <source>Postpone the break by {0} minutes</source>
        <translation>Adiar a pausa em {0} minutos</translation>
    </message>
    <message>
        <source>It cannot be postponed again.</source>
        <translation>Ela não pode ser adiada de novo.</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{0} em {1} s</translation>
    </message>
</context>
<context>
    <name>PoseCanvas</name>
    <message>
        <source>Figure to pose</source>
        <extracomment>How near (in pixels) a press must be to a handle to take it. How far (in cm of the figure) an arrow key moves the selected handle. The handles&apos; names as a person reads them.</extracomment>
        <translation>Figura para posicionar</translation>
    </message>
    <message>
        <source>Drag a round handle to move that part; arrow keys move the chosen one</source>
        <translation>Arraste um ponto redondo para mover essa parte; as setas movem o escolhido</translation>
    </message>
</context>
<context>
    <name>PoseEditor</name>
    <message>
        <source>Start from</source>
        <extracomment>A new picture starts as this spec with the chosen posture.</extracomment>
        <translation>Começar de</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>Começar de…</translation>
    </message>
    <message>
        <source>Begin with a posture, or a copy of a built-in picture</source>
        <translation>Começar com uma postura ou com uma cópia de uma imagem incluída</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Plano fechado</translation>
    </message>
    <message>
        <source>Show the body from the hips up, for small movements</source>
        <translation>Mostrar o corpo do quadril para cima, para movimentos pequenos</translation>
    </message>
    <message>
        <source>Start pose</source>
        <translation>Pose inicial</translation>
    </message>
    <message>
        <source>End pose</source>
        <translation>Pose final</translation>
    </message>
    <message>
        <source>Pose the figure as the step begins</source>
        <translation>Posicione a figura como o passo começa</translation>
    </message>
    <message>
        <source>Pose the figure as the movement ends</source>
        <translation>Posicione a figura como o movimento termina</translation>
    </message>
    <message>
        <source>Copy the other pose</source>
        <translation>Copiar a outra pose</translation>
    </message>
    <message>
        <source>Make this pose the same as the other one</source>
        <translation>Deixar esta pose igual à outra</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Reproduzir</translation>
    </message>
    <message>
        <source>Play the movement</source>
        <translation>Reproduzir o movimento</translation>
    </message>
    <message>
        <source>The movement, as in a break</source>
        <translation>O movimento, como em uma pausa</translation>
    </message>
    <message>
        <source>Click to pose again</source>
        <translation>Clique para posicionar de novo</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Part of the body</source>
        <translation>Parte do corpo</translation>
    </message>
    <message>
        <source>Both sides alike</source>
        <translation>Os dois lados iguais</translation>
    </message>
    <message>
        <source>Set the same angles on the left and the right</source>
        <translation>Usar os mesmos ângulos à esquerda e à direita</translation>
    </message>
    <message>
        <source>Reset this part</source>
        <translation>Redefinir esta parte</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Seta</translation>
    </message>
    <message>
        <source>No arrow</source>
        <translation>Sem seta</translation>
    </message>
    <message>
        <source>An arrow beside the path of this point</source>
        <translation>Uma seta ao lado do caminho deste ponto</translation>
    </message>
    <message>
        <source>Arrow along</source>
        <translation>Seta ao longo de</translation>
    </message>
    <message>
        <source>Pick End pose and drag a round handle to where the movement ends (or choose a part and set its angles); Play shows the movement as a break will.</source>
        <translation>Escolha Pose final e arraste um ponto redondo até onde o movimento termina (ou escolha uma parte e ajuste os ângulos); Reproduzir mostra o movimento como numa pausa.</translation>
    </message>
</context>
<context>
    <name>PostureApp</name>
    <message>
        <source>The break log was damaged. It was kept as {0}, and a new one was started.</source>
        <extracomment>How long to wait at start-up for a tray host that starts after us; longer at login, where the panel often comes up a little after the autostart entries.</extracomment>
        <translation>O registro de pausas estava danificado. Ele foi guardado como {0}, e um novo foi iniciado.</translation>
    </message>
    <message>
        <source>Starting at login could not be switched on: {0}</source>
        <translation>Não foi possível ligar o início ao entrar na sessão: {0}</translation>
    </message>
    <message>
        <source>Starting at login could not be switched off: {0}</source>
        <translation>Não foi possível desligar o início ao entrar na sessão: {0}</translation>
    </message>
</context>
<context>
    <name>PosturePanel</name>
    <message>
        <source>When this is on, postureapp switches the camera on a few times a minute, for about a second, and reads from one picture where your ears and shoulders are. The picture is dropped at once; no picture is ever kept or sent, and nothing leaves this computer. What is kept are numbers: how you sit when upright, and each day&apos;s time upright and slouched. While the camera is on, the tray icon shows a red dot. The camera is not used while another program uses it or the microphone.</source>
        <translation>Quando isto está ligado, o postureapp liga a câmera algumas vezes por minuto, por cerca de um segundo, e lê em uma imagem onde estão suas orelhas e seus ombros. A imagem é descartada na hora; nenhuma imagem é guardada ou enviada, e nada sai deste computador. O que fica guardado são números: como você se senta quando está ereto, e o tempo de cada dia ereto e curvado. Enquanto a câmera está ligada, o ícone da bandeja mostra um ponto vermelho. A câmera não é usada enquanto outro programa usa a câmera ou o microfone.</translation>
    </message>
    <message>
        <source>● The camera is on</source>
        <translation>● A câmera está ligada</translation>
    </message>
    <message>
        <source>The camera is on</source>
        <translation>A câmera está ligada</translation>
    </message>
    <message>
        <source>Calibrate: sit tall for a few seconds</source>
        <translation>Calibrar: sente-se ereto por alguns segundos</translation>
    </message>
    <message>
        <source>Sit tall, facing the screen, shoulders relaxed, and keep still for a moment…</source>
        <translation>Sente-se ereto, de frente para a tela, ombros relaxados, e fique parado por um momento…</translation>
    </message>
    <message>
        <source>Recalibrate: sit tall for a few seconds</source>
        <translation>Recalibrar: sente-se ereto por alguns segundos</translation>
    </message>
    <message>
        <source>Switch posture sensing on below to calibrate.</source>
        <translation>Ligue a detecção de postura abaixo para calibrar.</translation>
    </message>
    <message>
        <source>The camera could not be read: {0}</source>
        <translation>Não foi possível ler a câmera: {0}</translation>
    </message>
    <message>
        <source>Calibrated. Recalibrate when you move the camera or chair.</source>
        <translation>Calibrado. Recalibre quando mudar a câmera ou a cadeira de lugar.</translation>
    </message>
    <message>
        <source>Not calibrated yet: sit tall and press Calibrate, so slouches can be told.</source>
        <translation>Ainda não calibrado: sente-se ereto e clique em Calibrar, para que a postura curvada possa ser reconhecida.</translation>
    </message>
    <message>
        <source>Calibrated: this is your upright posture now.</source>
        <translation>Calibrado: esta é agora sua postura ereta.</translation>
    </message>
</context>
<context>
    <name>PostureWatch</name>
    <message>
        <source>Another program is using the camera or the microphone.</source>
        <extracomment>How many pictures a calibration takes (over about as many seconds). The day&apos;s figures are handed to the log at most this often (and at a new day, and at the end).</extracomment>
        <translation>Outro programa está usando a câmera ou o microfone.</translation>
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
        <translation>OK, fechar este aviso</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>Range shown</source>
        <translation>Período mostrado</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>De–até</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primeiro dia mostrado</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Último dia mostrado</translation>
    </message>
    <message>
        <source>Days in the range</source>
        <translation>Dias do período</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dia</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} dias</translation>
    </message>
</context>
<context>
    <name>RecentBreaksModel</name>
    <message>
        <source>When</source>
        <extracomment>The role that gives the whole `BreakRow` of a table row, for views that need more than text.</extracomment>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>Tempo feito</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciada por</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Curta</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Longa</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pulada</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiada</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Encerrada mais cedo</translation>
    </message>
    <message>
        <source>Stopped: it hurt</source>
        <translation>Interrompida: doeu</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Pausa natural</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Cortada</translation>
    </message>
    <message>
        <source>This break is on screen now.</source>
        <translation>Esta pausa está na tela agora.</translation>
    </message>
    <message>
        <source>You did the whole break.</source>
        <translation>Você fez a pausa inteira.</translation>
    </message>
    <message>
        <source>You skipped this break.</source>
        <translation>Você pulou esta pausa.</translation>
    </message>
    <message>
        <source>You put this break off for a few minutes.</source>
        <translation>Você adiou esta pausa por alguns minutos.</translation>
    </message>
    <message>
        <source>You ended it before the end; the minutes count, the break is not completed.</source>
        <translation>Você a encerrou antes do fim; os minutos contam, a pausa não está concluída.</translation>
    </message>
    <message>
        <source>You stopped because something hurt. If it keeps hurting, see a clinician.</source>
        <translation>Você parou porque algo doeu. Se continuar doendo, procure um médico.</translation>
    </message>
    <message>
        <source>You were away from the computer long enough to rest.</source>
        <translation>Você ficou longe do computador tempo suficiente para descansar.</translation>
    </message>
    <message>
        <source>The app stopped while this break was on screen.</source>
        <translation>O app parou enquanto esta pausa estava na tela.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Horário fixo</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>Ausência</translation>
    </message>
    <message>
        <source>Your posture</source>
        <translation>Sua postura</translation>
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
        <translation>Não é possível abrir o registro de pausas {0} ({1}).</translation>
    </message>
    <message>
        <source>Breaks cannot be written to the log {0} ({1}).</source>
        <translation>Não é possível gravar pausas no registro {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in {1} until the log takes it.</source>
        <translation>{0} As pausas continuam, e o que elas registram fica guardado em {1} até o registro aceitar.</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in memory until the log takes it (the journal {1} cannot be written either: {2}), so it is lost if postureapp stops first.</source>
        <translation>{0} As pausas continuam, e o que elas registram fica na memória até o registro aceitar (o diário {1} também não pode ser gravado: {2}), então se perde se o postureapp parar antes.</translation>
    </message>
    <message>
        <source>The journal of breaks waiting to be logged could not be read, so what it held was not logged. It is kept as {0}.</source>
        <translation>Não foi possível ler o diário de pausas que esperam o registro, então o conteúdo dele não foi registrado. Ele está guardado como {0}.</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Breaks and check-ins: a report for your clinician</source>
        <extracomment>The charts are laid out as if the paper were a screen of this many dots per inch. Exercises listed under &quot;done most&quot;.</extracomment>
        <translation>Pausas e perguntas: relatório para seu profissional de saúde</translation>
    </message>
    <message>
        <source>{0} to {1} ({2} days)</source>
        <translation>De {0} a {1} ({2} dias)</translation>
    </message>
    <message>
        <source>Made on {0} with postureapp {1}, from the breaks and check-ins it logged.</source>
        <translation>Criado em {0} com o postureapp {1}, a partir das pausas e perguntas que ele registrou.</translation>
    </message>
    <message>
        <source>This is a self-report: what the user did and felt, as they logged it. It is not a diagnosis and not medical advice.</source>
        <translation>Este é um autorrelato: o que a pessoa fez e sentiu, conforme registrou. Não é um diagnóstico nem orientação médica.</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Pausas concluídas</translation>
    </message>
    <message>
        <source>of {0} reminders{1}</source>
        <translation>de {0} lembretes{1}</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Encerradas mais cedo</translation>
    </message>
    <message>
        <source>{0} because it hurt</source>
        <translation>{0} porque doeu</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Puladas ou adiadas</translation>
    </message>
    <message>
        <source>reminders put off</source>
        <translation>lembretes adiados</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Tempo de exercício</translation>
    </message>
    <message>
        <source>{0} a day</source>
        <translation>{0} por dia</translation>
    </message>
    <message>
        <source>Stiffness 0–10</source>
        <translation>Rigidez 0–10</translation>
    </message>
    <message>
        <source>first and last week rated</source>
        <translation>primeira e última semana avaliadas</translation>
    </message>
    <message>
        <source>too few ratings</source>
        <translation>poucas avaliações</translation>
    </message>
    <message>
        <source>Days with a warning sign</source>
        <translation>Dias com sinal de alerta</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>nenhum informado</translation>
    </message>
    <message>
        <source>…, {0}</source>
        <translation>…, {0}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausas por dia</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>Pausas por semana</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Pausas por mês</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluídas</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>encerradas mais cedo</translation>
    </message>
    <message>
        <source>skipped or snoozed</source>
        <translation>puladas ou adiadas</translation>
    </message>
    <message>
        <source>goal: {0} a day</source>
        <translation>meta: {0} por dia</translation>
    </message>
    <message>
        <source>Stiffness from check-ins (0 none, 10 very stiff)</source>
        <translation>Rigidez segundo as perguntas (0 nenhuma, 10 muito rígido)</translation>
    </message>
    <message>
        <source>mean stiffness</source>
        <translation>rigidez média</translation>
    </message>
    <message>
        <source>warning sign reported</source>
        <translation>sinal de alerta informado</translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation>Nenhuma pergunta neste período.</translation>
    </message>
    <message>
        <source>Minutes by body area</source>
        <translation>Minutos por área do corpo</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Exercícios mais feitos</translation>
    </message>
    <message>
        <source>No exercise time in this period.</source>
        <translation>Nenhum tempo de exercício neste período.</translation>
    </message>
    <message>
        <source>An exercise counts for every area it works; a break&apos;s time is shared by its exercises.</source>
        <translation>Um exercício conta para cada área que trabalha; o tempo de uma pausa é dividido entre seus exercícios.</translation>
    </message>
    <message>
        <source>Self-reported with postureapp. Not a diagnosis. Page 1 of 1.</source>
        <translation>Autorrelato com o postureapp. Não é um diagnóstico. Página 1 de 1.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feitas</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Mais cedo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>None done in this period.</source>
        <translation>Nenhum feito neste período.</translation>
    </message>
    <message>
        <source>Notes from check-ins (newest first)</source>
        <translation>Notas das perguntas (as mais recentes primeiro)</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Nenhuma nota neste período.</translation>
    </message>
    <message>
        <source>1 more note is in the app and its export.</source>
        <translation>Há mais 1 nota no app e na exportação dele.</translation>
    </message>
    <message>
        <source>{0} more notes are in the app and its export.</source>
        <translation>Há mais {0} notas no app e na exportação dele.</translation>
    </message>
    <message>
        <source>… ({0} more words in the app)</source>
        <translation>… (mais {0} palavras no aplicativo)</translation>
    </message>
</context>
<context>
    <name>Sensing</name>
    <message>
        <source>Switch posture sensing on first.</source>
        <translation>Ligue primeiro a detecção de postura.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Create or edit your own exercises…</source>
        <translation>Criar ou editar seus próprios exercícios…</translation>
    </message>
    <message>
        <source>Create or edit your own exercises</source>
        <translation>Criar ou editar seus próprios exercícios</translation>
    </message>
    <message>
        <source>postureapp — Settings</source>
        <translation>postureapp — Configurações</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restaurar padrões</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausas</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Horários</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;xercícios</translation>
    </message>
    <message>
        <source>Be&amp;haviour</source>
        <translation>&amp;Comportamento</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>Câ&amp;mera</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>Pausas curtas</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>Pausas longas</translation>
    </message>
    <message>
        <source>Notice and snooze</source>
        <translation>Aviso e adiamento</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horário de trabalho</translation>
    </message>
    <message>
        <source>Breaks at fixed times</source>
        <translation>Pausas em horários fixos</translation>
    </message>
    <message>
        <source>Hold a break while busy</source>
        <translation>Segurar uma pausa quando você está ocupado</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Agendas</translation>
    </message>
    <message>
        <source>What exercises may ask for</source>
        <translation>O que os exercícios podem pedir</translation>
    </message>
    <message>
        <source>Each exercise</source>
        <translation>Cada exercício</translation>
    </message>
    <message>
        <source>none — e.g. 09:00-12:30, 13:30-17:30</source>
        <translation>nenhum — ex.: 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>none — e.g. 11:00, 15:30</source>
        <translation>nenhum — ex.: 11:00, 15:30</translation>
    </message>
    <message>
        <source>the usual folder</source>
        <translation>a pasta de sempre</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Browse for {0}</source>
        <translation>Procurar: {0}</translation>
    </message>
    <message>
        <source>Could not change this: {0}</source>
        <translation>Não foi possível mudar: {0}</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Put every setting back to its default value? Cancel will still bring back the settings you had before.</source>
        <translation>Voltar cada configuração ao valor padrão? Cancelar ainda traz de volta as configurações que você tinha antes.</translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <source>Your settings could not be saved: {0}</source>
        <translation>Não foi possível salvar suas configurações: {0}</translation>
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
        <translation>● A câmera está ligada</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>Próxima pausa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety; breaks only remind you to move.</source>
        <translation>As pausas de exercício estão suspensas para sua segurança; as pausas só lembram você de se mexer.</translation>
    </message>
    <message>
        <source>Pause for</source>
        <translation>Suspender por</translation>
    </message>
    <message>
        <source>Closing it hides it; run postureapp again to bring it back.</source>
        <translation>Fechá-la a esconde; execute o postureapp de novo para trazê-la de volta.</translation>
    </message>
    <message>
        <source>Closing it only minimises it; use Quit to stop the app.</source>
        <translation>Fechá-la apenas a minimiza; use “Sair” para encerrar o aplicativo.</translation>
    </message>
    <message>
        <source>No system tray shows postureapp&apos;s icon, so it runs from this window.</source>
        <translation>Nenhuma bandeja do sistema mostra o ícone do postureapp, então ele funciona a partir desta janela.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>No breathing cue</source>
        <translation>Sem indicação de respiração</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Respire devagar</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>In a line or two, e.g. “Breathing out, turn your chest to the right. Hold.”</source>
        <translation>Em uma ou duas linhas, p. ex. “Ao expirar, gire o peito para a direita. Segure.”</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long, in seconds</source>
        <translation>Quanto tempo, em segundos</translation>
    </message>
    <message>
        <source>Breathing cue</source>
        <translation>Indicação de respiração</translation>
    </message>
    <message>
        <source>Posed figure</source>
        <translation>Figura posicionada</translation>
    </message>
    <message>
        <source>My own picture</source>
        <translation>Minha própria imagem</translation>
    </message>
    <message>
        <source>Mirror it for the left side</source>
        <translation>Espelhar para o lado esquerdo</translation>
    </message>
    <message>
        <source>Untick for a picture with writing in it, which must not be mirrored</source>
        <translation>Desmarque se a imagem tem texto, que não deve ser espelhado</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Escolher uma imagem…</translation>
    </message>
    <message>
        <source>No picture chosen yet.</source>
        <translation>Nenhuma imagem escolhida ainda.</translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation>Sua imagem</translation>
    </message>
    <message>
        <source>SVG, PNG, JPEG or GIF (a GIF may move), up to 5 MB. It is copied into your exercises folder.</source>
        <translation>SVG, PNG, JPEG ou GIF (um GIF pode ser animado), até 5 MB. Ela é copiada para sua pasta de exercícios.</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>O &amp;que fazer</translation>
    </message>
    <message>
        <source>How &amp;long</source>
        <translation>&amp;Duração</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Escolher uma imagem</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>Imagens ({0})</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>{0}: details</source>
        <translation>{0}: detalhes</translation>
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluídas</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Encerradas mais cedo</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Puladas ou adiadas</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Exercises no longer in the library</source>
        <extracomment>The role the table sorts by: numbers as numbers. The chart shows this many rows at most (the table has them all).</extracomment>
        <translation>Exercícios que não estão mais na biblioteca</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feitas</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Mais cedo</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Doeu</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Puladas</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiadas</translation>
    </message>
    <message>
        <source>Minutes exercised (a break&apos;s time shared by its exercises)</source>
        <translation>Minutos de exercício (o tempo de uma pausa dividido entre seus exercícios)</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Pausas concluídas</translation>
    </message>
    <message>
        <source>Breaks ended early with Done</source>
        <translation>Pausas encerradas mais cedo com Concluir</translation>
    </message>
    <message>
        <source>Breaks stopped with &apos;This hurts — stop&apos;</source>
        <translation>Pausas interrompidas com “Isso dói — parar”</translation>
    </message>
    <message>
        <source>Breaks skipped</source>
        <translation>Pausas puladas</translation>
    </message>
    <message>
        <source>Breaks snoozed</source>
        <translation>Pausas adiadas</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>● The camera is on</source>
        <extracomment>Changes from the hosts come in bursts (a watcher, then its host); act once they settle. After making an icon, look again whether the host took it.</extracomment>
        <translation>● A câmera está ligada</translation>
    </message>
</context>
<context>
    <name>WarningPauseDialog</name>
    <message>
        <source>I have checked this with a clinician, or it has passed</source>
        <translation>Verifiquei isso com um médico, ou já passou</translation>
    </message>
    <message>
        <source>Confirm it is safe to resume</source>
        <translation>Confirmar que é seguro retomar</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>Retomar as pausas de exercício</translation>
    </message>
    <message>
        <source>Keep paused</source>
        <translation>Manter suspensas</translation>
    </message>
    <message>
        <source>Keep exercise breaks paused</source>
        <translation>Manter as pausas de exercício suspensas</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>About postureapp and safety</source>
        <translation>Sobre o postureapp e a segurança</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>Sobre os estalos</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendi</translation>
    </message>
    <message>
        <source>Got it, close this window</source>
        <translation>Entendi, fechar esta janela</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Back to safety information</source>
        <translation>Voltar às informações de segurança</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>Our own formats, when the system lacks the user&apos;s locale and we ship its language. argparse&apos;s own words (it looks them up through `argparse._`), marked here for lupdate.</extracomment>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>comandos</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ajuda e sair</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: erro: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>estes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>um destes argumentos é obrigatório: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>escolha inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>esperava um argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>esperava no máximo um argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>esperava pelo menos um argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode ser %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>não permitido com o argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito %r ignorado</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>não é possível abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation>não é possível ler {0}: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>não é possível gravar {0}: {1}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>não é possível remover {0}: {1}</translation>
    </message>
    <message>
        <source>cannot read the desktop entry template {0}: {1}</source>
        <translation>não é possível ler o modelo de entrada da área de trabalho {0}: {1}</translation>
    </message>
</context>
<context>
    <name>calendars</name>
    <message>
        <source>calendar support is not installed; install it with: pip install &apos;postureapp[calendars]&apos;</source>
        <extracomment>The busy times kept: from a day back (a meeting that began yesterday evening) to 8 days on, as far as the planner looks ahead. Said when the calendar libraries (the `calendars` extra) are not installed (translated where it is shown, in the &quot;calendars&quot; context).</extracomment>
        <translation>o suporte a agendas não está instalado; instale com: pip install &apos;postureapp[calendars]&apos;</translation>
    </message>
    <message>
        <source>the name {0} must be 1 to 40 letters, digits, spaces, dots, - or _</source>
        <translation>o nome {0} deve ter de 1 a 40 letras, dígitos, espaços, pontos, - ou _</translation>
    </message>
    <message>
        <source>{0}: the kind must be one of {1}, got {2}</source>
        <translation>{0}: o tipo deve ser um de {1}; recebido {2}</translation>
    </message>
    <message>
        <source>{0}: needs a location (a path or an address)</source>
        <translation>{0}: precisa de um local (um caminho ou um endereço)</translation>
    </message>
    <message>
        <source>{0}: the user must be text</source>
        <translation>{0}: o usuário deve ser texto</translation>
    </message>
    <message>
        <source>{0}: {1} is not an absolute path</source>
        <translation>{0}: {1} não é um caminho absoluto</translation>
    </message>
    <message>
        <source>{0}: only a CalDAV account has a user</source>
        <translation>{0}: só uma conta CalDAV tem usuário</translation>
    </message>
    <message>
        <source>{0}: {1} is not an http(s) address</source>
        <translation>{0}: {1} não é um endereço http(s)</translation>
    </message>
    <message>
        <source>{0}: the address holds a password; give the user with --user instead, and the password goes to the keyring</source>
        <translation>{0}: o endereço contém uma senha; informe o usuário com --user, e a senha vai para o chaveiro</translation>
    </message>
    <message>
        <source>two calendars are named {0} (or nearly)</source>
        <translation>dois calendários se chamam {0} (ou quase)</translation>
    </message>
    <message>
        <source>it is larger than {0} MB</source>
        <translation>tem mais de {0} MB</translation>
    </message>
    <message>
        <source>part {0} is not iCalendar data</source>
        <translation>a parte {0} não são dados iCalendar</translation>
    </message>
    <message>
        <source>it has more than {0} events in a week</source>
        <translation>tem mais de {0} eventos em uma semana</translation>
    </message>
    <message>
        <source>{0} refused the user name or password</source>
        <translation>{0} recusou o usuário ou a senha</translation>
    </message>
    <message>
        <source>{0} did not answer as a CalDAV server</source>
        <translation>{0} não respondeu como um servidor CalDAV</translation>
    </message>
    <message>
        <source>the server refused the connection (is it running?)</source>
        <extracomment>What the network libraries say, and what the user reads instead.</extracomment>
        <translation>o servidor recusou a conexão (ele está no ar?)</translation>
    </message>
    <message>
        <source>the server name is not known</source>
        <translation>o nome do servidor é desconhecido</translation>
    </message>
    <message>
        <source>the server name could not be looked up (offline?)</source>
        <translation>não foi possível resolver o nome do servidor (sem conexão?)</translation>
    </message>
    <message>
        <source>the network is unreachable (offline?)</source>
        <translation>a rede está inacessível (sem conexão?)</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>o servidor não respondeu a tempo</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified</source>
        <translation>não foi possível verificar o certificado do servidor</translation>
    </message>
    <message>
        <source>a network error ({0})</source>
        <translation>um erro de rede ({0})</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>não foi possível ler {0}: {1}</translation>
    </message>
    <message>
        <source>{0} holds more than {1} .ics files</source>
        <extracomment>A folder with more calendar files than this is probably not the folder meant.</extracomment>
        <translation>{0} contém mais de {1} arquivos .ics</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} não existe</translation>
    </message>
    <message>
        <source>{0} holds more than {1} MB</source>
        <translation>{0} contém mais de {1} MB</translation>
    </message>
    <message>
        <source>no keyring is available to keep the password of {0} (install and unlock GNOME Keyring or KWallet), so this CalDAV account cannot be read; a calendar file or an iCalendar web address works without one</source>
        <translation>não há chaveiro para guardar a senha de {0} (instale e desbloqueie o GNOME Keyring ou o KWallet), então esta conta CalDAV não pode ser lida; um arquivo de calendário ou um endereço web iCalendar funciona sem chaveiro</translation>
    </message>
    <message>
        <source>the keyring could not give the password of {0} (is it locked?)</source>
        <translation>o chaveiro não conseguiu fornecer a senha de {0} (está bloqueado?)</translation>
    </message>
    <message>
        <source>no password for {0} in the keyring; add it again with postureapp calendar add (or in Settings)</source>
        <translation>não há senha para {0} no chaveiro; adicione de novo com postureapp calendar add (ou em Configurações)</translation>
    </message>
    <message>
        <source>the keyring refused the password of {0}</source>
        <translation>o chaveiro recusou a senha de {0}</translation>
    </message>
    <message>
        <source>{0} answered with the HTTP error {1}</source>
        <translation>{0} respondeu com o erro HTTP {1}</translation>
    </message>
    <message>
        <source>{0} sent more than {1} MB</source>
        <translation>{0} enviou mais de {1} MB</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>The posture model is not available for Python {0} (it needs 3.11 or 3.12), so posture sensing cannot be used with this installation.</source>
        <extracomment>The model ships inside these mediapipe releases only (later ones download it at run time). The newest Python those releases have wheels for.</extracomment>
        <translation>O modelo de postura não está disponível para Python {0} (ele precisa de 3.11 ou 3.12), então a detecção de postura não pode ser usada nesta instalação.</translation>
    </message>
    <message>
        <source>The camera extra is not installed. Install it with: pip install &apos;postureapp[camera]&apos; (about 1 GB), then restart postureapp.</source>
        <translation>O extra da câmera não está instalado. Instale com: pip install &apos;postureapp[camera]&apos; (cerca de 1 GB) e reinicie o postureapp.</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <extracomment>A camera&apos;s first frames are dark or blurred while its exposure settles. Without a picture this long after switching on, the camera counts as not working.</extracomment>
        <translation>Nenhuma câmera foi encontrada.</translation>
    </message>
    <message>
        <source>No video at {0}.</source>
        <translation>Nenhum vídeo em {0}.</translation>
    </message>
    <message>
        <source>The camera is busy.</source>
        <translation>A câmera está ocupada.</translation>
    </message>
    <message>
        <source>The camera gave no picture.</source>
        <translation>A câmera não deu nenhuma imagem.</translation>
    </message>
    <message>
        <source>The posture model failed: {0}</source>
        <extracomment>Seconds between the pictures of one read (a calibration takes several).</extracomment>
        <translation>O modelo de postura falhou: {0}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A system-tray reminder for short upper-back mobility breaks. Without a command it starts the app (or shows the one already running).</source>
        <translation>Um lembrete na bandeja do sistema para pausas curtas de mobilidade da parte de cima das costas. Sem comando, ele abre o app (ou mostra o que já está aberto).</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 not done (not running, refused, or problems found); 2 cannot run as given (wrong arguments, a missing file, no display).</source>
        <translation>Códigos de saída: 0 feito; 1 não feito (não está em execução, recusado ou problemas encontrados); 2 não pode ser executado assim (argumentos errados, um arquivo faltando, sem tela).</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostrar a versão e sair</translation>
    </message>
    <message>
        <source>started at login: wait longer for the system tray to appear</source>
        <translation>iniciado ao entrar na sessão: esperar mais pela bandeja do sistema</translation>
    </message>
    <message>
        <source>postureapp: no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from a desktop session.</source>
        <translation>postureapp: nenhuma tela encontrada (DISPLAY e WAYLAND_DISPLAY não estão definidas); inicie-o de uma sessão da área de trabalho.</translation>
    </message>
    <message>
        <source>postureapp is already running; its window was brought up.</source>
        <translation>O postureapp já está em execução; a janela dele foi trazida para a frente.</translation>
    </message>
    <message>
        <source>calendars whose events hold breaks</source>
        <translation>agendas cujos eventos seguram as pausas</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Files and folders of .ics files, iCalendar web addresses, CalDAV accounts.</source>
        <translation>Agendas cujos eventos seguram as pausas: nenhuma pausa durante um evento ocupado, nenhuma logo antes. Arquivos e pastas de arquivos .ics, endereços web iCalendar, contas CalDAV.</translation>
    </message>
    <message>
        <source>add a calendar</source>
        <translation>adicionar uma agenda</translation>
    </message>
    <message>
        <source>Add a calendar.</source>
        <translation>Adicionar uma agenda.</translation>
    </message>
    <message>
        <source>a short name, e.g. work</source>
        <translation>um nome curto, ex.: trabalho</translation>
    </message>
    <message>
        <source>a .ics file or folder, an http(s) or webcal address</source>
        <translation>um arquivo .ics ou uma pasta, um endereço http(s) ou webcal</translation>
    </message>
    <message>
        <source>the address is a CalDAV account or calendar</source>
        <translation>o endereço é uma conta ou agenda CalDAV</translation>
    </message>
    <message>
        <source>the CalDAV user name (asks for the password)</source>
        <translation>o nome de usuário CalDAV (pede a senha)</translation>
    </message>
    <message>
        <source>read the CalDAV password from standard input</source>
        <translation>ler a senha CalDAV da entrada padrão</translation>
    </message>
    <message>
        <source>list the calendars</source>
        <translation>listar as agendas</translation>
    </message>
    <message>
        <source>remove a calendar (and its stored password)</source>
        <translation>remover uma agenda (e a senha guardada)</translation>
    </message>
    <message>
        <source>read the calendars now and say what they hold</source>
        <translation>ler as agendas agora e dizer o que elas têm</translation>
    </message>
    <message>
        <source>only this calendar</source>
        <translation>só esta agenda</translation>
    </message>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}: arquivo {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}: endereço web {1}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation>{0}: CalDAV {1} como {2}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation>{0}: CalDAV {1}</translation>
    </message>
    <message>
        <source>Password for {0} (kept in your keyring): </source>
        <translation>Senha para {0} (guardada no seu chaveiro): </translation>
    </message>
    <message>
        <source>give the password with --password-stdin</source>
        <translation>informe a senha com --password-stdin</translation>
    </message>
    <message>
        <source>{0} (remove it first, or pick another name)</source>
        <translation>{0} (remova-a primeiro ou escolha outro nome)</translation>
    </message>
    <message>
        <source>Added {0}. Check it with: postureapp calendar test {1}</source>
        <translation>{0} adicionada. Verifique com: postureapp calendar test {1}</translation>
    </message>
    <message>
        <source>Note: {0}.</source>
        <translation>Observação: {0}.</translation>
    </message>
    <message>
        <source>Note: {0} does not exist (yet); it holds nothing until it does.</source>
        <translation>Observação: {0} não existe (ainda); não contém nada até existir.</translation>
    </message>
    <message>
        <source>No calendars. Add one with: postureapp calendar add NAME FILE-OR-ADDRESS</source>
        <translation>Nenhuma agenda. Adicione uma com: postureapp calendar add NOME ARQUIVO-OU-ENDEREÇO</translation>
    </message>
    <message>
        <source>(last read {0})</source>
        <translation>(lida em {0})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>no calendar is named {0} (there are: {1})</source>
        <translation>nenhuma agenda se chama {0} (existem: {1})</translation>
    </message>
    <message>
        <source>Removed {0}.</source>
        <translation>{0} removida.</translation>
    </message>
    <message>
        <source>no calendar named {0}</source>
        <translation>nenhuma agenda chamada {0}</translation>
    </message>
    <message>
        <source>no calendar yet</source>
        <translation>nenhuma agenda ainda</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}; the copy from {2} is used</source>
        <translation>{0}: não foi possível ler: {1}; a cópia de {2} é usada</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}</source>
        <translation>{0}: não foi possível ler: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} busy event(s) in the next 8 days, read in {2} s</source>
        <translation>{0}: eventos ocupados nos próximos 8 dias: {1}, lida em {2} s</translation>
    </message>
    <message>
        <source>; next: {0}</source>
        <translation>; próximo: {0}</translation>
    </message>
    <message>
        <source>show or change settings</source>
        <translation>mostrar ou mudar configurações</translation>
    </message>
    <message>
        <source>Show or change the settings file; the running app picks changes up.</source>
        <translation>Mostrar ou mudar o arquivo de configurações; o app em execução pega as mudanças.</translation>
    </message>
    <message>
        <source>print where the settings file is</source>
        <translation>mostrar onde fica o arquivo de configurações</translation>
    </message>
    <message>
        <source>list every setting, marking the ones changed from the default</source>
        <translation>listar todas as configurações, marcando as que diferem do padrão</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>mostrar o valor de uma configuração</translation>
    </message>
    <message>
        <source>change one setting</source>
        <translation>mudar uma configuração</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>ex.: {0}</translation>
    </message>
    <message>
        <source>put one setting, or all of them, back to the default</source>
        <translation>voltar uma configuração, ou todas, ao padrão</translation>
    </message>
    <message>
        <source>the setting to reset; all of them when left out</source>
        <translation>a configuração a restaurar; todas se omitida</translation>
    </message>
    <message>
        <source>changed; default {0}</source>
        <translation>alterada; padrão {0}</translation>
    </message>
    <message>
        <source>Every setting already has its default value.</source>
        <translation>Todas as configurações já têm o valor padrão.</translation>
    </message>
    <message>
        <source>The old settings are kept in {0}</source>
        <translation>As configurações antigas estão guardadas em {0}</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nada a mudar.</translation>
    </message>
    <message>
        <source>the setting is saved, but {0}</source>
        <translation>a configuração foi salva, mas {0}</translation>
    </message>
    <message>
        <source>{0} is left unchanged (see above)</source>
        <translation>{0} fica sem mudanças (veja acima)</translation>
    </message>
    <message>
        <source>add postureapp and its icon to the application menu (Linux)</source>
        <extracomment>The AppStream component id: the metainfo file&apos;s name and the Flatpak app id (packaging/).</extracomment>
        <translation>adicionar o postureapp e seu ícone ao menu de aplicativos (Linux)</translation>
    </message>
    <message>
        <source>take postureapp and its icon out of the application menu (Linux)</source>
        <translation>tirar o postureapp e seu ícone do menu de aplicativos (Linux)</translation>
    </message>
    <message>
        <source>start postureapp when you log in: on, off or status</source>
        <translation>iniciar o postureapp ao entrar na sessão: on, off ou status</translation>
    </message>
    <message>
        <source>switch it on or off, or say which it is</source>
        <translation>ligar ou desligar, ou dizer como está</translation>
    </message>
    <message>
        <source>the entry is switched, but the setting is not: {0}</source>
        <translation>a entrada foi trocada, mas a configuração não: {0}</translation>
    </message>
    <message>
        <source>desktop entries are a Linux feature; this system is {0}. Use `postureapp autostart on` to start at login.</source>
        <translation>entradas da área de trabalho são um recurso do Linux; este sistema é {0}. Use `postureapp autostart on` para iniciar ao entrar na sessão.</translation>
    </message>
    <message>
        <source>cannot read the icon {0}: {1}</source>
        <translation>não é possível ler o ícone {0}: {1}</translation>
    </message>
    <message>
        <source>cannot read the metainfo {0}: {1}</source>
        <translation>não é possível ler os metadados {0}: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>não é possível gravar {0}: {1}</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Gravado: {0}</translation>
    </message>
    <message>
        <source>the icon ({0} files: scalable and fixed sizes) under {1}</source>
        <translation>o ícone ({0} arquivos: escalável e tamanhos fixos) em {1}</translation>
    </message>
    <message>
        <source>Not there, nothing to remove: {0}</source>
        <translation>Não está lá, nada a remover: {0}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>não é possível remover {0}: {1}</translation>
    </message>
    <message>
        <source>Removed {0}</source>
        <translation>Removido: {0}</translation>
    </message>
    <message>
        <source>No icon there, nothing to remove: {0}</source>
        <translation>Nenhum ícone lá, nada a remover: {0}</translation>
    </message>
    <message>
        <source>postureapp starts at login ({0}).</source>
        <translation>O postureapp inicia ao entrar na sessão ({0}).</translation>
    </message>
    <message>
        <source>postureapp does not start at login.</source>
        <translation>O postureapp não inicia ao entrar na sessão.</translation>
    </message>
    <message>
        <source>list or validate exercise packs</source>
        <translation>listar ou validar pacotes de exercícios</translation>
    </message>
    <message>
        <source>show every exercise the app will offer</source>
        <translation>mostrar cada exercício que o app vai oferecer</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>imprimir um documento JSON</translation>
    </message>
    <message>
        <source>check an exercise file or a pack folder</source>
        <translation>verificar um arquivo de exercício ou uma pasta de pacote</translation>
    </message>
    <message>
        <source>a .toml file or a folder</source>
        <translation>um arquivo .toml ou uma pasta</translation>
    </message>
    <message>
        <source>save exercises, with their pictures, as one pack file to share</source>
        <translation>salvar exercícios, com as imagens, em um arquivo de pacote para compartilhar</translation>
    </message>
    <message>
        <source>the exercises (see `list`)</source>
        <translation>os exercícios (veja `list`)</translation>
    </message>
    <message>
        <source>add the exercises of a pack file to your own</source>
        <translation>adicionar os exercícios de um arquivo de pacote aos seus</translation>
    </message>
    <message>
        <source>Add a pack&apos;s exercises to your custom folder. One whose id you already have is added beside yours under a new id, unless you say otherwise.</source>
        <translation>Adiciona os exercícios de um pacote à sua pasta pessoal. Um exercício cujo id você já tem é adicionado ao lado do seu com um novo id, a menos que você diga outra coisa.</translation>
    </message>
    <message>
        <source>a pack file</source>
        <translation>um arquivo de pacote</translation>
    </message>
    <message>
        <source>replace your exercises that have the same id</source>
        <translation>substituir seus exercícios que têm o mesmo id</translation>
    </message>
    <message>
        <source>leave out exercises whose id you have</source>
        <translation>deixar de fora exercícios cujo id você já tem</translation>
    </message>
    <message>
        <source>built-in</source>
        <extracomment>Where an exercise came from, in words.</extracomment>
        <translation>embutido</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>próprio</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSIÇÃO</translation>
    </message>
    <message>
        <source>SUITS</source>
        <translation>SERVE PARA</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DURAÇÃO</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGEM</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>No exercises found.</source>
        <translation>Nenhum exercício encontrado.</translation>
    </message>
    <message>
        <source>note: {0}</source>
        <translation>observação: {0}</translation>
    </message>
    <message>
        <source>problem: {0}</source>
        <translation>problema: {0}</translation>
    </message>
    <message>
        <source>{0}: no such file or folder</source>
        <translation>{0}: arquivo ou pasta não encontrado</translation>
    </message>
    <message>
        <source>{0} problem(s) in {1} file(s)</source>
        <translation>Problemas: {0}, em arquivos: {1}</translation>
    </message>
    <message>
        <source>OK: {0} exercise</source>
        <translation>OK: {0} exercício</translation>
    </message>
    <message>
        <source>OK: {0} exercises</source>
        <translation>OK: {0} exercícios</translation>
    </message>
    <message>
        <source>no exercise with the id {0} (see `postureapp exercises list`)</source>
        <translation>nenhum exercício com o id {0} (veja `postureapp exercises list`)</translation>
    </message>
    <message>
        <source>{0}: cannot write the pack ({1})</source>
        <translation>{0}: não foi possível gravar o pacote ({1})</translation>
    </message>
    <message>
        <source>Saved 1 exercise to {0}</source>
        <translation>1 exercício salvo em {0}</translation>
    </message>
    <message>
        <source>Saved {0} exercises to {1}</source>
        <translation>{0} exercícios salvos em {1}</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: arquivo não encontrado</translation>
    </message>
    <message>
        <source>{0}: not imported; nothing was written</source>
        <translation>{0}: não importado; nada foi gravado</translation>
    </message>
    <message>
        <source>{0}: cannot write there ({1})</source>
        <translation>{0}: não é possível gravar ali ({1})</translation>
    </message>
    <message>
        <source>Your exercises are in {0}</source>
        <translation>Seus exercícios estão em {0}</translation>
    </message>
    <message>
        <source>show break statistics</source>
        <translation>mostrar estatísticas das pausas</translation>
    </message>
    <message>
        <source>the days of a range ending today, as the history window&apos;s</source>
        <translation>os dias de um período que termina hoje, como na janela do histórico</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>imprimir um objeto JSON</translation>
    </message>
    <message>
        <source>completed breaks a streak day needs (default: the {0} setting)</source>
        <translation>pausas concluídas que um dia de sequência precisa (padrão: a configuração {0})</translation>
    </message>
    <message>
        <source>write the break log as CSV or JSON</source>
        <translation>gravar o registro de pausas como CSV ou JSON</translation>
    </message>
    <message>
        <source>default: the output file&apos;s extension (.csv or .json), else CSV</source>
        <translation>padrão: a extensão do arquivo de saída (.csv ou .json); senão, CSV</translation>
    </message>
    <message>
        <source>default: stdout</source>
        <translation>padrão: saída padrão</translation>
    </message>
    <message>
        <source>merge a CSV or JSON export into the break log</source>
        <translation>juntar uma exportação CSV ou JSON ao registro de pausas</translation>
    </message>
    <message>
        <source>first local day, YYYY-MM-DD</source>
        <translation>primeiro dia local, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last local day, YYYY-MM-DD (included)</source>
        <translation>último dia local, YYYY-MM-DD (incluído)</translation>
    </message>
    <message>
        <source>{0}: expected a real date as YYYY-MM-DD, found {1}</source>
        <translation>{0}: esperava uma data real como YYYY-MM-DD, encontrou {1}</translation>
    </message>
    <message>
        <source>--since ({0}) is after --until ({1})</source>
        <translation>--since ({0}) é depois de --until ({1})</translation>
    </message>
    <message>
        <source>the break log was damaged; it was kept as {0} and a new one was started</source>
        <translation>o registro de pausas estava danificado; foi guardado como {0} e um novo foi iniciado</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <translation>o registro de pausas não pode ser usado agora: {0}</translation>
    </message>
    <message>
        <source>the break log {0} looks damaged ({1}); start postureapp to set it aside and begin a new one</source>
        <translation>o registro de pausas {0} parece danificado ({1}); inicie o postureapp para deixá-lo de lado e começar um novo</translation>
    </message>
    <message>
        <source>--last cannot be combined with --since or --until</source>
        <translation>--last não pode ser combinado com --since ou --until</translation>
    </message>
    <message>
        <source>--streak-min: expected 1 or more, found {0}</source>
        <translation>--streak-min: esperava 1 ou mais, encontrou {0}</translation>
    </message>
    <message>
        <source>last {0} days</source>
        <translation>últimos {0} dias</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>de {0} a {1}</translation>
    </message>
    <message>
        <source>no breaks yet</source>
        <translation>nenhuma pausa ainda</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>este mês</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluídas</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>taxa de conclusão</translation>
    </message>
    <message>
        <source>streak</source>
        <translation>sequência</translation>
    </message>
    <message>
        <source>exercised</source>
        <translation>exercitado</translation>
    </message>
    <message>
        <source>most done</source>
        <translation>mais feito</translation>
    </message>
    <message>
        <source>least done</source>
        <translation>menos feito</translation>
    </message>
    <message>
        <source>Breaks as of {0}</source>
        <translation>Pausas até {0}</translation>
    </message>
    <message>
        <source>{0} (natural breaks not counted)</source>
        <translation>{0} (pausas naturais não contam)</translation>
    </message>
    <message>
        <source>days now: {0}, best: {1} (a day counts with {2} or more completed breaks)</source>
        <translation>dias agora: {0}, melhor: {1} (um dia conta com {2} ou mais pausas concluídas)</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>completed per day, {0}:</source>
        <translation>concluídas por dia, {0}:</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json, or give --format</source>
        <translation>não é possível saber o formato por {0}: dê ao arquivo a extensão .csv ou .json, ou use --format</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>{0} pausas e {1} perguntas gravadas em {2}</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>perguntas: adicionadas {0}, já presentes {1}</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <extracomment>Breaks an import writes per transaction, and the pause between two: the running app&apos;s writes get the lock in between, so a long import never holds up a break&apos;s outcome.</extracomment>
        <translation>adicionadas {0}, já presentes {1}</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>postureapp is not running (start it with: postureapp)</source>
        <translation>o postureapp não está em execução (inicie com: postureapp)</translation>
    </message>
    <message>
        <source>{0} (in {1} min)</source>
        <translation>{0} (em {1} min)</translation>
    </message>
    <message>
        <source>{0} (now)</source>
        <translation>{0} (agora)</translation>
    </message>
    <message>
        <source>interval</source>
        <extracomment>Why the next break comes when it does (`status`&apos;s reason), in words.</extracomment>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>long</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>adiada</translation>
    </message>
    <message>
        <source>after-pause</source>
        <translation>depois da suspensão</translation>
    </message>
    <message>
        <source>fixed-time</source>
        <translation>horário fixo</translation>
    </message>
    <message>
        <source>working-hours-start</source>
        <translation>início do horário de trabalho</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>postura</translation>
    </message>
    <message>
        <source>postureapp: could not reach the running instance: {0}</source>
        <translation>postureapp: não foi possível falar com a instância em execução: {0}</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>o pedido foi recusado</translation>
    </message>
    <message>
        <source>On a break now.</source>
        <translation>Em pausa agora.</translation>
    </message>
    <message>
        <source>Paused until you resume (postureapp resume).</source>
        <translation>Suspenso até você retomar (postureapp resume).</translation>
    </message>
    <message>
        <source>Paused until {0}.</source>
        <translation>Suspenso até {0}.</translation>
    </message>
    <message>
        <source>Next {0} at {1} ({2}).</source>
        <translation>Próxima {0} às {1} ({2}).</translation>
    </message>
    <message>
        <source>Outside working hours; breaks resume at {0}.</source>
        <translation>Fora do horário de trabalho; as pausas voltam às {0}.</translation>
    </message>
    <message>
        <source>A break is due and waits for you to come back.</source>
        <translation>Uma pausa está na hora e espera você voltar.</translation>
    </message>
    <message>
        <source>A break is due and waits for a full-screen window to close.</source>
        <translation>Uma pausa está na hora e espera uma janela em tela cheia fechar.</translation>
    </message>
    <message>
        <source>A break is due and waits for do-not-disturb to end.</source>
        <translation>Uma pausa está na hora e espera o Não perturbe acabar.</translation>
    </message>
    <message>
        <source>A break is due and waits for your call to end.</source>
        <translation>Uma pausa está na hora e espera sua chamada acabar.</translation>
    </message>
    <message>
        <source>A break is due and waits for an event in your calendar to end.</source>
        <translation>Uma pausa está na hora e espera um evento da sua agenda acabar.</translation>
    </message>
    <message>
        <source>A break is due and waits ({0}).</source>
        <translation>Uma pausa está na hora e espera ({0}).</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for safety; breaks only remind you to move (resume them from About &amp; safety: postureapp open about).</source>
        <translation>As pausas de exercício estão suspensas para sua segurança; as pausas só lembram você de se mexer (retome-as em “Sobre &amp; segurança”: postureapp open about).</translation>
    </message>
    <message>
        <source>Calendar {0} could not be read: {1}</source>
        <translation>Não foi possível ler a agenda {0}: {1}</translation>
    </message>
    <message>
        <source>Snoozes in a row: {0}</source>
        <translation>Adiamentos seguidos: {0}</translation>
    </message>
    <message>
        <source>Idle time: {0} ({1} s idle now).</source>
        <translation>Tempo ocioso: {0} ({1} s ocioso agora).</translation>
    </message>
    <message>
        <source>Idle time cannot be read here, so there are no natural breaks.</source>
        <translation>O tempo ocioso não pode ser lido aqui, então não há pausas naturais.</translation>
    </message>
    <message>
        <source>“{0}” ({1})</source>
        <translation>“{0}” ({1})</translation>
    </message>
    <message>
        <source>an event ({0})</source>
        <translation>um evento ({0})</translation>
    </message>
    <message>
        <source>It comes early, before {0}.</source>
        <translation>Ela vem mais cedo, antes de {0}.</translation>
    </message>
    <message>
        <source>It waits for {0} to end.</source>
        <translation>Ela espera {0} acabar.</translation>
    </message>
    <message>
        <source>Held during {0}.</source>
        <translation>Segurada durante {0}.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Retomado.</translation>
    </message>
    <message>
        <source>Breaks were not paused.</source>
        <translation>As pausas não estavam suspensas.</translation>
    </message>
    <message>
        <source>Exercise breaks stay paused for your safety: About &amp; safety is open, where you can confirm it is safe to resume them.</source>
        <translation>As pausas de exercício continuam suspensas para sua segurança: “Sobre &amp; segurança” está aberto, e lá você pode confirmar que é seguro retomá-las.</translation>
    </message>
    <message>
        <source>Paused until you resume.</source>
        <translation>Suspenso até você retomar.</translation>
    </message>
    <message>
        <source>Break started. (Note: {0}.)</source>
        <translation>Pausa iniciada. (Observação: {0}.)</translation>
    </message>
    <message>
        <source>Break started.</source>
        <translation>Pausa iniciada.</translation>
    </message>
    <message>
        <source>Break skipped.</source>
        <extracomment>What each command prints when it was carried out.</extracomment>
        <translation>Pausa pulada.</translation>
    </message>
    <message>
        <source>postureapp is quitting.</source>
        <translation>O postureapp está saindo.</translation>
    </message>
    <message>
        <source>when the next break is, and whether the app is paused</source>
        <extracomment>The windows `postureapp open WINDOW` can bring up in the running instance. Every command the running app understands, in the order `postureapp --help` lists them.</extracomment>
        <translation>quando é a próxima pausa e se o app está suspenso</translation>
    </message>
    <message>
        <source>start a break now</source>
        <translation>começar uma pausa agora</translation>
    </message>
    <message>
        <source>do this exercise (see: exercises list)</source>
        <translation>fazer este exercício (veja: exercises list)</translation>
    </message>
    <message>
        <source>pause breaks: 30m, 1h, until-tomorrow or indefinitely</source>
        <translation>suspender as pausas: 30m, 1h, until-tomorrow ou indefinitely</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>encerrar uma suspensão</translation>
    </message>
    <message>
        <source>skip the break on screen (not in strict mode)</source>
        <translation>pular a pausa na tela (não no modo rigoroso)</translation>
    </message>
    <message>
        <source>bring up a window of the running app</source>
        <translation>trazer uma janela do app em execução</translation>
    </message>
    <message>
        <source>bring up the running app&apos;s status window</source>
        <translation>trazer a janela de status do app em execução</translation>
    </message>
    <message>
        <source>stop the running app</source>
        <translation>encerrar o app em execução</translation>
    </message>
    <message>
        <source>pause: expected 30m, 1h, until-tomorrow or indefinitely (or N m / N h up to 24 h), got {0}</source>
        <extracomment>command -&gt; its argument: &quot;none&quot;, &quot;optional&quot; or &quot;required&quot; What `parse_pause` says of an argument it cannot read (the &quot;cli&quot; context translates it).</extracomment>
        <translation>pause: esperava 30m, 1h, until-tomorrow ou indefinitely (ou N m / N h até 24 h), encontrou {0}</translation>
    </message>
    <message>
        <source>postureapp could not do that ({0})</source>
        <extracomment>What the running app answers when carrying out a request went wrong; {0} says why.</extracomment>
        <translation>o postureapp não conseguiu fazer isso ({0})</translation>
    </message>
    <message>
        <source>write a one-page PDF of your breaks and check-ins for a clinician</source>
        <translation>gravar um PDF de uma página das suas pausas e perguntas para um profissional de saúde</translation>
    </message>
    <message>
        <source>Write a one-page PDF of a range of your breaks and check-ins: breaks per week, minutes by body area, the exercises done most, the stiffness trend with the days a warning sign was reported, and your notes. Without a range: the last 3 months.</source>
        <translation>Grava um PDF de uma página sobre um período das suas pausas e perguntas: pausas por semana, minutos por área do corpo, os exercícios mais feitos, a evolução da rigidez com os dias em que um sinal de alerta foi informado, e suas notas. Sem período: os últimos 3 meses.</translation>
    </message>
    <message>
        <source>a range ending today (all: from the first logged day)</source>
        <translation>um período que termina hoje (all: desde o primeiro dia registrado)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>o PDF a gravar</translation>
    </message>
    <message>
        <source>--since ({0}) is after the last day ({1})</source>
        <translation>--since ({0}) é depois do último dia ({1})</translation>
    </message>
    <message>
        <source>-o: the report is a PDF; name it .pdf, found {0}</source>
        <translation>-o: o relatório é um PDF; nomeie-o .pdf, encontrado {0}</translation>
    </message>
    <message>
        <source>no breaks logged yet; nothing to report</source>
        <translation>nenhuma pausa registrada ainda; nada a relatar</translation>
    </message>
    <message>
        <source>wrote {0}: {1} to {2}, {3} breaks completed, {4} check-ins, {5} notes</source>
        <translation>{0} gravado: de {1} a {2}, {3} pausas concluídas, {4} perguntas, {5} notas</translation>
    </message>
    <message>
        <source>your head forward and down</source>
        <translation>a cabeça para a frente e para baixo</translation>
    </message>
    <message>
        <source>your shoulders rounded</source>
        <translation>os ombros arredondados</translation>
    </message>
    <message>
        <source>your body leaning to one side</source>
        <translation>o corpo inclinado para um lado</translation>
    </message>
    <message>
        <source>upright</source>
        <extracomment>What the last reading saw, besides a slouch (whose label is in the &apos;posture&apos; context).</extracomment>
        <translation>ereto</translation>
    </message>
    <message>
        <source>in view</source>
        <translation>visível</translation>
    </message>
    <message>
        <source>nobody in view</source>
        <translation>ninguém à vista</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0} for {1} minutes; its exercise answers that.</source>
        <translation>Ela vem mais cedo: você está sentado com {0} há {1} minutos; o exercício dela corrige isso.</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0}; its exercise answers that.</source>
        <translation>Ela vem mais cedo: você está sentado com {0}; o exercício dela corrige isso.</translation>
    </message>
    <message>
        <source>Its exercise answers this: {0}.</source>
        <translation>O exercício dela corrige isto: {0}.</translation>
    </message>
    <message>
        <source>Posture sensing is not running: {0}</source>
        <translation>A detecção de postura não está funcionando: {0}</translation>
    </message>
    <message>
        <source>Posture sensing is on but not calibrated yet (Settings → Camera).</source>
        <translation>A detecção de postura está ligada, mas ainda não calibrada (Configurações → Câmera).</translation>
    </message>
    <message>
        <source>Today you sat upright {0} of the time the camera saw you.</source>
        <translation>Hoje você ficou sentado ereto {0} do tempo em que a câmera viu você.</translation>
    </message>
    <message>
        <source>Last camera reading {0}: {1}.</source>
        <translation>Última leitura da câmera {0}: {1}.</translation>
    </message>
    <message>
        <source>cannot listen on {0}: {1}</source>
        <translation>não é possível escutar em {0}: {1}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>postureapp ran into a problem it did not expect ({0}: {1}). It keeps running; the details are in {2}.</source>
        <translation>O postureapp encontrou um problema inesperado ({0}: {1}). Ele continua funcionando; os detalhes estão em {2}.</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}: {1}); fix or move it away and start postureapp again. The details are in {2}.</source>
        <translation>O postureapp não pôde iniciar ({0}: {1}); corrija ou mova isso para outro lugar e inicie o postureapp de novo. Os detalhes estão em {2}.</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}); please report it. The details are in {1}.</source>
        <translation>O postureapp não pôde iniciar ({0}); por favor, relate o problema. Os detalhes estão em {1}.</translation>
    </message>
    <message>
        <source>postureapp: the log file {0} cannot be written ({1}); logging to the terminal instead</source>
        <translation>postureapp: o arquivo de log {0} não pode ser gravado ({1}); o log vai para o terminal no lugar dele</translation>
    </message>
</context>
<context>
    <name>exercise editor</name>
    <message>
        <source>Upper back</source>
        <translation>Parte de cima das costas</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Pescoço</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Ombros</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Peito</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Lombar</translation>
    </message>
    <message>
        <source>Turning (rotation)</source>
        <translation>Girar (rotação)</translation>
    </message>
    <message>
        <source>Bending back (extension)</source>
        <translation>Inclinar para trás (extensão)</translation>
    </message>
    <message>
        <source>Bending forward (flexion)</source>
        <translation>Inclinar para a frente (flexão)</translation>
    </message>
    <message>
        <source>Bending sideways</source>
        <translation>Inclinar para o lado</translation>
    </message>
    <message>
        <source>Shoulder blades</source>
        <translation>Escápulas</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>No chão</translation>
    </message>
    <message>
        <source>A wall</source>
        <translation>Uma parede</translation>
    </message>
    <message>
        <source>A foam roller</source>
        <translation>Um rolo de espuma</translation>
    </message>
    <message>
        <source>A towel</source>
        <translation>Uma toalha</translation>
    </message>
    <message>
        <source>e.g. Doorway chest stretch</source>
        <extracomment>The fields this form shows, in order (a problem about `id` is shown under the title).</extracomment>
        <translation>p. ex. Alongamento do peito no batente da porta</translation>
    </message>
    <message>
        <source>One line: what it does, e.g. Opens the chest</source>
        <translation>Uma linha: o que faz, p. ex. Abre o peito</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Long breaks mix movements; short ones take them in turn</source>
        <translation>Pausas longas misturam movimentos; as curtas alternam entre eles</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>Pausas curtas</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>Pausas longas</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Uma vez</translation>
    </message>
    <message>
        <source>On each side, first the</source>
        <translation>Em cada lado, primeiro o</translation>
    </message>
    <message>
        <source>right</source>
        <translation>direito</translation>
    </message>
    <message>
        <source>left</source>
        <translation>esquerdo</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Primeiro lado</translation>
    </message>
    <message>
        <source>How many times the steps repeat; a break may add more</source>
        <translation>Quantas vezes os passos se repetem; uma pausa pode acrescentar mais</translation>
    </message>
    <message>
        <source>One per line, at least one. e.g. Stop if you feel pain, numbness or dizziness.</source>
        <translation>Uma por linha, pelo menos uma. p. ex. Pare se sentir dor, dormência ou tontura.</translation>
    </message>
    <message>
        <source>Optional, e.g. from my physiotherapist, May 2025</source>
        <translation>Opcional, p. ex. do meu fisioterapeuta, maio de 2025</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>R&amp;esumo</translation>
    </message>
    <message>
        <source>Body &amp;areas it works</source>
        <translation>Áreas do &amp;corpo</translation>
    </message>
    <message>
        <source>&amp;Movement</source>
        <translation>&amp;Movimento</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>P&amp;osição</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Necessita</translation>
    </message>
    <message>
        <source>Use in</source>
        <translation>Usar em</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Repetições</translation>
    </message>
    <message>
        <source>&amp;Cautions</source>
        <translation>&amp;Precauções</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fonte</translation>
    </message>
    <message>
        <source>nothing chosen</source>
        <extracomment>The labels of each field the editor shows as a choice, by the value a file holds.</extracomment>
        <translation>nada escolhido</translation>
    </message>
</context>
<context>
    <name>exercises</name>
    <message>
        <source>No exercise fits a {kind} with the body areas, positions and equipment you chose, so those breaks cannot start. Choose more areas or positions in Settings.</source>
        <extracomment>The translation context of the texts below.</extracomment>
        <translation>Nenhum exercício serve para o tipo “{kind}” com as áreas do corpo, posições e equipamentos escolhidos, então essas pausas não podem começar. Escolha mais áreas ou posições nas Configurações.</translation>
    </message>
    <message>
        <source>Only {count} exercises fit a long break with the body areas, positions and equipment you chose, so long breaks repeat them. Choose more in Settings for more variety.</source>
        <translation>Só {count} exercícios servem para uma pausa longa com as áreas do corpo, posições e equipamentos escolhidos, então as pausas longas os repetem. Escolha mais nas Configurações para ter mais variedade.</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source>An exercise with this name is already there</source>
        <extracomment>Asks what to do with one exercise whose id is taken.</extracomment>
        <translation>Já existe um exercício com este nome</translation>
    </message>
    <message>
        <source>one of your own</source>
        <translation>um dos seus</translation>
    </message>
    <message>
        <source>a built-in exercise</source>
        <translation>um exercício incluído</translation>
    </message>
    <message>
        <source>The pack&apos;s “{0}” has the same id as “{1}”, {2}. What should happen?</source>
        <translation>“{0}” do pacote tem o mesmo id que “{1}”, {2}. O que fazer?</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Manter os dois</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>Substituir o meu</translation>
    </message>
    <message>
        <source>Use the pack&apos;s instead</source>
        <translation>Usar o do pacote</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… e mais {0}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Não importado</translation>
    </message>
    <message>
        <source>{0} was not imported, and nothing was written:</source>
        <translation>{0} não foi importado, e nada foi gravado:</translation>
    </message>
    <message>
        <source>Could not write to {0}: {1}</source>
        <translation>Não foi possível gravar em {0}: {1}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>{0}: added (&apos;{1}&apos;)</source>
        <extracomment>What happened to each exercise of a pack, in words (`describe`).</extracomment>
        <translation>{0}: adicionado (“{1}”)</translation>
    </message>
    <message>
        <source>{0}: replaced (&apos;{1}&apos;)</source>
        <translation>{0}: substituído (“{1}”)</translation>
    </message>
    <message>
        <source>{0}: you already have one with this id; added as &apos;{1}&apos; ({2})</source>
        <translation>{0}: você já tem um com este id; adicionado como “{1}” ({2})</translation>
    </message>
    <message>
        <source>{0}: already there, unchanged</source>
        <translation>{0}: já existe, sem alterações</translation>
    </message>
    <message>
        <source>{0}: skipped (you already have one with this id)</source>
        <translation>{0}: ignorado (você já tem um com este id)</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>every short folder for the socket ({0} and the next ones) belongs to someone else; set a shorter {1}, or set XDG_RUNTIME_DIR</source>
        <extracomment>Every folder the app keeps is its owner&apos;s alone (the log holds health data).</extracomment>
        <translation>cada pasta curta para o socket ({0} e as seguintes) pertence a outra pessoa; defina um {1} mais curto ou defina XDG_RUNTIME_DIR</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} não existe</translation>
    </message>
    <message>
        <source>{0} cannot be checked ({1})</source>
        <translation>não é possível verificar {0} ({1})</translation>
    </message>
    <message>
        <source>{0} is a link made by user {1}, not by you</source>
        <translation>{0} é um link criado pelo usuário {1}, não por você</translation>
    </message>
    <message>
        <source>{0} cannot be followed ({1})</source>
        <translation>não é possível seguir {0} ({1})</translation>
    </message>
    <message>
        <source>{0} is not a folder</source>
        <translation>{0} não é uma pasta</translation>
    </message>
    <message>
        <source>{0} belongs to user {1}, not to you</source>
        <translation>{0} pertence ao usuário {1}, não a você</translation>
    </message>
    <message>
        <source>{0}; move it away (or set {1} to use another folder)</source>
        <translation>{0}; mova-o para outro lugar (ou defina {1} para usar outra pasta)</translation>
    </message>
    <message>
        <source>cannot make {0} private: {1}</source>
        <translation>não é possível tornar {0} privado: {1}</translation>
    </message>
    <message>
        <source>{0} cannot be created because {1} is a file, not a folder; move that file away (or set {2} to use another folder)</source>
        <translation>não é possível criar {0} porque {1} é um arquivo, não uma pasta; mova esse arquivo para outro lugar (ou defina {2} para usar outra pasta)</translation>
    </message>
    <message>
        <source>{0} cannot be created: {1}</source>
        <translation>não é possível criar {0}: {1}</translation>
    </message>
    <message>
        <source>{0}; commands are not sent through it. Remove it and start postureapp again</source>
        <translation>{0}; nenhum comando é enviado por ele. Remova-o e inicie o postureapp de novo</translation>
    </message>
</context>
<context>
    <name>pose</name>
    <message>
        <source>From the side</source>
        <translation>De lado</translation>
    </message>
    <message>
        <source>From the front</source>
        <translation>De frente</translation>
    </message>
    <message>
        <source>Three-quarter</source>
        <translation>Três quartos</translation>
    </message>
    <message>
        <source>From above</source>
        <translation>De cima</translation>
    </message>
    <message>
        <source>Sitting on a chair</source>
        <translation>Sentado numa cadeira</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message>
        <source>Sitting on the floor</source>
        <translation>Sentado no chão</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>De quatro apoios</translation>
    </message>
    <message>
        <source>Lying on the back, knees bent</source>
        <translation>Deitado de costas, joelhos dobrados</translation>
    </message>
    <message>
        <source>Lying on the back, legs long</source>
        <translation>Deitado de costas, pernas esticadas</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>Deitado de bruços</translation>
    </message>
    <message>
        <source>Pelvis</source>
        <translation>Pelve</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Lombar</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte de cima das costas</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Pescoço</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Cabeça</translation>
    </message>
    <message>
        <source>Right shoulder blade</source>
        <translation>Escápula direita</translation>
    </message>
    <message>
        <source>Left shoulder blade</source>
        <translation>Escápula esquerda</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Braço direito</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Braço esquerdo</translation>
    </message>
    <message>
        <source>Right elbow</source>
        <translation>Cotovelo direito</translation>
    </message>
    <message>
        <source>Left elbow</source>
        <translation>Cotovelo esquerdo</translation>
    </message>
    <message>
        <source>Right wrist</source>
        <translation>Punho direito</translation>
    </message>
    <message>
        <source>Left wrist</source>
        <translation>Punho esquerdo</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Quadril direito</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Quadril esquerdo</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Joelho direito</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Joelho esquerdo</translation>
    </message>
    <message>
        <source>Right ankle</source>
        <translation>Tornozelo direito</translation>
    </message>
    <message>
        <source>Left ankle</source>
        <translation>Tornozelo esquerdo</translation>
    </message>
    <message>
        <source>Bend forward</source>
        <translation>Inclinar para a frente</translation>
    </message>
    <message>
        <source>Bend</source>
        <translation>Dobrar</translation>
    </message>
    <message>
        <source>Turn to its right</source>
        <translation>Girar para a direita dela</translation>
    </message>
    <message>
        <source>Shrug up (cm)</source>
        <translation>Encolher para cima (cm)</translation>
    </message>
    <message>
        <source>Forward (cm)</source>
        <translation>Para a frente (cm)</translation>
    </message>
    <message>
        <source>Raise forward</source>
        <translation>Levantar para a frente</translation>
    </message>
    <message>
        <source>Out to the side</source>
        <translation>Para o lado</translation>
    </message>
    <message>
        <source>Turn outward</source>
        <translation>Girar para fora</translation>
    </message>
    <message>
        <source>Point the toes</source>
        <translation>Esticar a ponta dos pés</translation>
    </message>
    <message>
        <source>Tilt forward</source>
        <translation>Inclinar para a frente</translation>
    </message>
    <message>
        <source>Up (cm)</source>
        <translation>Para cima (cm)</translation>
    </message>
    <message>
        <source>Lean to its right</source>
        <extracomment>Where the words differ for one joint.</extracomment>
        <translation>Inclinar para a direita dela</translation>
    </message>
    <message>
        <source>Tilt to its right</source>
        <translation>Inclinar para a direita dela</translation>
    </message>
    <message>
        <source>Nod</source>
        <translation>Acenar com a cabeça</translation>
    </message>
    <message>
        <source>Lift the thigh</source>
        <translation>Levantar a coxa</translation>
    </message>
    <message>
        <source>Bend back</source>
        <translation>Dobrar para trás</translation>
    </message>
    <message>
        <source>Hitch to its right</source>
        <translation>Elevar para a direita dela</translation>
    </message>
    <message>
        <source>Chair</source>
        <extracomment>A prop&apos;s tick box.</extracomment>
        <translation>Cadeira</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Chão</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Tapete</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Parede</translation>
    </message>
    <message>
        <source>Towel roll</source>
        <translation>Toalha enrolada</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rolo de espuma</translation>
    </message>
    <message>
        <source>head</source>
        <extracomment>A point an arrow can follow.</extracomment>
        <translation>cabeça</translation>
    </message>
    <message>
        <source>nose</source>
        <translation>nariz</translation>
    </message>
    <message>
        <source>chin</source>
        <translation>queixo</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>peito</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>parte de cima das costas</translation>
    </message>
    <message>
        <source>waist</source>
        <translation>cintura</translation>
    </message>
    <message>
        <source>pelvis</source>
        <translation>pelve</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>ombros</translation>
    </message>
    <message>
        <source>right shoulder</source>
        <translation>ombro direito</translation>
    </message>
    <message>
        <source>left shoulder</source>
        <translation>ombro esquerdo</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>mãos</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>mão direita</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>mão esquerda</translation>
    </message>
    <message>
        <source>elbows</source>
        <translation>cotovelos</translation>
    </message>
    <message>
        <source>right elbow</source>
        <translation>cotovelo direito</translation>
    </message>
    <message>
        <source>left elbow</source>
        <translation>cotovelo esquerdo</translation>
    </message>
    <message>
        <source>knees</source>
        <translation>joelhos</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>joelho direito</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>joelho esquerdo</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>pés</translation>
    </message>
    <message>
        <source>right toe</source>
        <translation>dedos do pé direito</translation>
    </message>
    <message>
        <source>left toe</source>
        <translation>dedos do pé esquerdo</translation>
    </message>
    <message>
        <source>right ankle</source>
        <translation>tornozelo direito</translation>
    </message>
    <message>
        <source>left ankle</source>
        <translation>tornozelo esquerdo</translation>
    </message>
</context>
<context>
    <name>posture</name>
    <message>
        <source>head forward and down</source>
        <extracomment>The fewest clear measurements a calibration needs (of the few taken over a few seconds). Measurements in one calibration may differ this much (head height, in shoulder widths) and still be one posture; the model&apos;s own noise on one picture is about 0.024. The shoulder line may lean this many degrees more than at calibration before it counts. The translation context of the texts below.</extracomment>
        <translation>cabeça para a frente e para baixo</translation>
    </message>
    <message>
        <source>rounded shoulders</source>
        <translation>ombros arredondados</translation>
    </message>
    <message>
        <source>leaning to one side</source>
        <translation>inclinado para um lado</translation>
    </message>
    <message>
        <source>Your head and both shoulders were not clearly in view. Sit facing the camera with your shoulders in the picture, in good light, and try again.</source>
        <translation>Sua cabeça e os dois ombros não estavam bem visíveis. Sente-se de frente para a câmera com os ombros na imagem, com boa luz, e tente de novo.</translation>
    </message>
    <message>
        <source>You moved while it measured. Sit tall and still for a few seconds, then try again.</source>
        <translation>Você se mexeu durante a medição. Sente-se ereto e parado por alguns segundos e tente de novo.</translation>
    </message>
    <message>
        <source>Your ears were not above your shoulders. Sit tall, facing the camera, and try again.</source>
        <translation>Suas orelhas não estavam acima dos ombros. Sente-se ereto, de frente para a câmera, e tente de novo.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>a file</source>
        <extracomment>What a pack file is called, so the file dialogs and the desktop can tell one.</extracomment>
        <translation>um arquivo</translation>
    </message>
    <message>
        <source>a pack of at most {0} bytes</source>
        <translation>um pacote de no máximo {0} bytes</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <source>a pack (a zip file)</source>
        <translation>um pacote (um arquivo zip)</translation>
    </message>
    <message>
        <source>at most {0} files</source>
        <translation>no máximo {0} arquivos</translation>
    </message>
    <message>
        <source>{0} files</source>
        <translation>{0} arquivos</translation>
    </message>
    <message>
        <source>{0} or a plain file name inside {1}/</source>
        <translation>{0} ou um nome de arquivo simples dentro de {1}/</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>outro caminho</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>um link simbólico</translation>
    </message>
    <message>
        <source>an encrypted file</source>
        <translation>um arquivo criptografado</translation>
    </message>
    <message>
        <source>each name once</source>
        <translation>cada nome uma única vez</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>repetido</translation>
    </message>
    <message>
        <source>at most {0} bytes in all</source>
        <translation>no máximo {0} bytes no total</translation>
    </message>
    <message>
        <source>more</source>
        <translation>mais</translation>
    </message>
    <message>
        <source>a manifest</source>
        <translation>um manifesto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>a TOML manifest</source>
        <translation>um manifesto TOML</translation>
    </message>
    <message>
        <source>another</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>version {0} or older (this postureapp is too old for a newer one)</source>
        <translation>a versão {0} ou anterior (este postureapp é antigo demais para uma mais nova)</translation>
    </message>
    <message>
        <source>a list of 1 to {0} exercise ids</source>
        <translation>uma lista de 1 a {0} ids de exercício</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>an exercise the manifest names</source>
        <translation>um exercício citado no manifesto</translation>
    </message>
    <message>
        <source>not</source>
        <translation>um não citado</translation>
    </message>
    <message>
        <source>the name of a {0} file</source>
        <translation>o nome de um arquivo {0}</translation>
    </message>
    <message>
        <source>a file name relative to the illustration folder</source>
        <translation>um nome de arquivo relativo à pasta de ilustrações</translation>
    </message>
    <message>
        <source>a {0} file</source>
        <translation>um arquivo {0}</translation>
    </message>
    <message>
        <source>a file inside {0}</source>
        <translation>um arquivo dentro de {0}</translation>
    </message>
    <message>
        <source>a link to {0}</source>
        <translation>um link para {0}</translation>
    </message>
    <message>
        <source>a picture of at most {0} bytes</source>
        <translation>uma imagem de no máximo {0} bytes</translation>
    </message>
    <message>
        <source>an existing file in {0}</source>
        <translation>um arquivo existente em {0}</translation>
    </message>
    <message>
        <source>no file named {0}</source>
        <translation>nenhum arquivo chamado {0}</translation>
    </message>
    <message>
        <source>a [[steps]] table</source>
        <translation>uma tabela [[steps]]</translation>
    </message>
    <message>
        <source>an exercise file</source>
        <translation>um arquivo de exercício</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <source>lowercase letters, digits and hyphens</source>
        <translation>letras minúsculas, dígitos e hifens</translation>
    </message>
    <message>
        <source>the file name without .toml (&apos;{0}&apos;)</source>
        <translation>o nome do arquivo sem .toml (&apos;{0}&apos;)</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for a floor exercise</source>
        <translation>apenas &quot;long&quot; para um exercício no chão</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for an exercise that needs equipment</source>
        <translation>apenas &quot;long&quot; para um exercício que precisa de equipamento</translation>
    </message>
    <message>
        <source>{0} to {1} [[steps]] tables</source>
        <translation>de {0} a {1} tabelas [[steps]]</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} passos</translation>
    </message>
    <message>
        <source>the folder of built-in exercises</source>
        <translation>a pasta dos exercícios incluídos</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>a pasta não existe</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings of at most {1} characters, in the order of the English</source>
        <extracomment>A language as catalogues name it: de, pt_BR, zh_TW.</extracomment>
        <translation>uma lista de {0} textos não vazios de no máximo {1} caracteres, na ordem do inglês</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings, in the order of the English</source>
        <translation>uma lista de {0} textos não vazios, na ordem do inglês</translation>
    </message>
    <message>
        <source>a table of languages like [translations.de]</source>
        <translation>uma tabela de idiomas como [translations.de]</translation>
    </message>
    <message>
        <source>a language like de or pt_BR</source>
        <translation>um idioma como de ou pt_BR</translation>
    </message>
    <message>
        <source>a table of title, summary, cautions and steps</source>
        <translation>uma tabela com title, summary, cautions e steps</translation>
    </message>
    <message>
        <source>a table such as {0}</source>
        <translation>uma tabela como {0}</translation>
    </message>
    <message>
        <source>a table of angles such as {0}</source>
        <translation>uma tabela de ângulos como {0}</translation>
    </message>
    <message>
        <source>a [steps.pose] table</source>
        <translation>uma tabela [steps.pose]</translation>
    </message>
    <message>
        <source>a known key (did you mean &apos;{0}&apos;?)</source>
        <extracomment>The translation context of every problem&apos;s words (core marks them, the view translates them). Words a problem is made of: English as it is, or a Phrase translated where it is shown.</extracomment>
        <translation>uma chave conhecida (você quis dizer &apos;{0}&apos;?)</translation>
    </message>
    <message>
        <source>one of the keys {0}</source>
        <translation>uma das chaves {0}</translation>
    </message>
    <message>
        <source>unknown key &apos;{0}&apos;</source>
        <translation>a chave desconhecida &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>um de {0}</translation>
    </message>
    <message>
        <source>a list of any of {0} (no repeats)</source>
        <translation>uma lista com qualquer um de {0} (sem repetições)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; twice</source>
        <translation>&apos;{0}&apos; repetido</translation>
    </message>
    <message>
        <source>{0} characters</source>
        <translation>{0} caracteres</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0} itens</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number from {0} to {1}</source>
        <translation>um número de {0} a {1}</translation>
    </message>
    <message>
        <source>a file of at most {0} bytes</source>
        <translation>um arquivo de no máximo {0} bytes</translation>
    </message>
    <message>
        <source>a bigger file</source>
        <translation>um arquivo maior</translation>
    </message>
    <message>
        <source>a readable file</source>
        <translation>um arquivo legível</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>texto UTF-8</translation>
    </message>
    <message>
        <source>byte {0} at offset {1}</source>
        <translation>o byte {0} na posição {1}</translation>
    </message>
    <message>
        <source>a syntax error ({0})</source>
        <translation>um erro de sintaxe ({0})</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} ou {1}</translation>
    </message>
    <message>
        <source>nothing (the field is missing)</source>
        <translation>nada (o campo está ausente)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>uma tabela</translation>
    </message>
    <message>
        <source>expected {0}, found {1}</source>
        <translation>esperado: {0}; encontrado: {1}</translation>
    </message>
    <message>
        <source>text of 1 to {0} characters</source>
        <translation>um texto de 1 a {0} caracteres</translation>
    </message>
    <message>
        <source>a list of at least one of {0} (no repeats)</source>
        <translation>uma lista com pelo menos um de {0} (sem repetições)</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>uma lista vazia</translation>
    </message>
    <message>
        <source>a list of {0} to {1} non-empty strings</source>
        <translation>uma lista de {0} a {1} textos não vazios</translation>
    </message>
    <message>
        <source>a list of any number of non-empty strings</source>
        <translation>uma lista de textos não vazios, em qualquer número</translation>
    </message>
    <message>
        <source>an integer from {0} to {1}</source>
        <translation>um número inteiro de {0} a {1}</translation>
    </message>
    <message>
        <source>an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00</source>
        <translation>um horário ISO 8601 com deslocamento UTC, por exemplo 2024-05-10T09:30:00+02:00</translation>
    </message>
    <message>
        <source>tables and lists nested at most {0} deep</source>
        <extracomment>Files people write by hand are small; anything bigger is not one of ours. Tables and arrays nested deeper than this are not something a person wrote on purpose.</extracomment>
        <translation>tabelas e listas aninhadas em no máximo {0} níveis</translation>
    </message>
    <message>
        <source>deeper nesting</source>
        <extracomment>Reading stops after this many problems: the file is refused either way.</extracomment>
        <translation>um aninhamento mais profundo</translation>
    </message>
    <message>
        <source>valid TOML</source>
        <translation>TOML válido</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <extracomment>The app&apos;s own small JSON files (the schedule, the safety state).</extracomment>
        <translation>JSON válido</translation>
    </message>
    <message>
        <source>a list of exercise ids</source>
        <extracomment>What an export holds: breaks, check-ins and (JSON only) each day&apos;s posture figures. A CSV line longer than this is not an export (a row is a few hundred characters). One JSON record (a break) longer than this is not an export either. A CSV cell; the csv module&apos;s own default limit, named so that it is a decision.</extracomment>
        <translation>uma lista de identificadores de exercícios</translation>
    </message>
    <message>
        <source>exercise ids without spaces, separated by commas</source>
        <translation>identificadores de exercícios sem espaços, separados por vírgulas</translation>
    </message>
    <message>
        <source>a whole number of seconds, 0 or more</source>
        <translation>um número inteiro de segundos, 0 ou mais</translation>
    </message>
    <message>
        <source>a longer line</source>
        <translation>uma linha mais longa</translation>
    </message>
    <message>
        <source>a header line naming the columns</source>
        <translation>uma linha de cabeçalho com os nomes das colunas</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>um arquivo vazio</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>uma chave entre aspas duplas</translation>
    </message>
    <message>
        <source>the end of the file after the object</source>
        <translation>o fim do arquivo depois do objeto</translation>
    </message>
    <message>
        <source>no &apos;breaks&apos; list</source>
        <translation>nenhuma lista &apos;breaks&apos;</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>JSON nested a few levels deep</source>
        <translation>JSON aninhado em poucos níveis</translation>
    </message>
    <message>
        <source>deeper</source>
        <translation>mais profundo</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <extracomment>How many problems the message lists; the rest are counted.</extracomment>
        <translation>… e mais {0}</translation>
    </message>
    <message>
        <source>(reading stopped after {0} problems)</source>
        <translation>(leitura interrompida após {0} problemas)</translation>
    </message>
    <message>
        <source>{0}: cannot import, nothing was added:</source>
        <translation>{0}: não é possível importar, nada foi adicionado:</translation>
    </message>
    <message>
        <source>missing column {0}</source>
        <translation>coluna ausente {0}</translation>
    </message>
    <message>
        <source>unknown column {0}</source>
        <translation>coluna desconhecida {0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <source>{0} (expected {1}; id is optional)</source>
        <translation>{0} (esperado: {1}; id é opcional)</translation>
    </message>
    <message>
        <source>a line of at most {0} characters</source>
        <translation>uma linha de no máximo {0} caracteres</translation>
    </message>
    <message>
        <source>a cell of at most {0} characters</source>
        <translation>uma célula de no máximo {0} caracteres</translation>
    </message>
    <message>
        <source>a value of at most {0} characters</source>
        <translation>um valor de no máximo {0} caracteres</translation>
    </message>
    <message>
        <source>a longer one</source>
        <translation>um mais longo</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>o fim do arquivo</translation>
    </message>
    <message>
        <source>JSON nested no deeper than an export</source>
        <translation>JSON aninhado no máximo como uma exportação</translation>
    </message>
    <message>
        <source>a JSON object with a &apos;breaks&apos; list, as export writes it</source>
        <translation>um objeto JSON com uma lista &apos;breaks&apos;, como a exportação o escreve</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>uma lista {0}</translation>
    </message>
    <message>
        <source>&apos;:&apos; after a key</source>
        <translation>&apos;:&apos; depois de uma chave</translation>
    </message>
    <message>
        <source>{0} in the list of {1}</source>
        <translation>{0} na lista {1}</translation>
    </message>
    <message>
        <source>1 to {0} (a newer version needs a newer postureapp)</source>
        <translation>de 1 a {0} (uma versão mais recente precisa de um postureapp mais recente)</translation>
    </message>
    <message>
        <source>{0} cells</source>
        <translation>{0} células</translation>
    </message>
    <message>
        <source>byte {0}</source>
        <translation>o byte {0}</translation>
    </message>
    <message>
        <source>a time not before {0} ({1})</source>
        <translation>um horário não anterior a {0} ({1})</translation>
    </message>
    <message>
        <source>32 lowercase hex digits</source>
        <translation>32 dígitos hexadecimais em minúsculas</translation>
    </message>
    <message>
        <source>a JSON object with format {0}</source>
        <extracomment>A few months of breaks that could not be written; a bigger file is not ours.</extracomment>
        <translation>um objeto JSON com format {0}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <extracomment>The ordinary answers to &quot;how does your upper back feel&quot; (not a warning sign). This many check-in days in a row answered &apos;worse&apos; pause the exercises. Breaks count as regular when at least REGULAR_DAYS of the last REGULAR_WINDOW_DAYS had one. Check-ins looked at for the stiffness trend, and how far apart the first and last must be. How many rated check-ins are averaged at each end of the trend. An average below this counts as only a little stiffness: not a reason to send anyone anywhere. A professional is suggested at most once in this long.</extracomment>
        <translation>um objeto JSON</translation>
    </message>
    <message>
        <source>could not be moved aside ({0})</source>
        <translation>não pôde ser posto de lado ({0})</translation>
    </message>
    <message>
        <source>kept as {0}; the good values are still in use</source>
        <translation>guardado como {0}; os valores corretos continuam em uso</translation>
    </message>
    <message>
        <source>cannot be read ({0}); the defaults are in use</source>
        <translation>não pode ser lido ({0}); os valores padrão estão em uso</translation>
    </message>
    <message>
        <source>is not valid TOML ({0})</source>
        <translation>não é TOML válido ({0})</translation>
    </message>
    <message>
        <source>is not UTF-8 text ({0})</source>
        <translation>não é texto UTF-8 ({0})</translation>
    </message>
    <message>
        <source>cannot be used as a settings file ({0})</source>
        <translation>não pode ser usado como arquivo de configurações ({0})</translation>
    </message>
    <message>
        <source>{0} and could not be moved aside ({1}); the defaults are in use and the file will not be changed</source>
        <translation>{0} e não pôde ser posto de lado ({1}); os valores padrão estão em uso e o arquivo não será alterado</translation>
    </message>
    <message>
        <source>{0}; it was moved to {1} and the defaults are in use</source>
        <translation>{0}; foi movido para {1} e os valores padrão estão em uso</translation>
    </message>
    <message>
        <source>must be a whole number (this version writes {0}), got {1}; the file is read as version {0}</source>
        <translation>deve ser um número inteiro (esta versão escreve {0}), encontrado: {1}; o arquivo é lido como versão {0}</translation>
    </message>
    <message>
        <source>the file was written by a newer postureapp (schema {0}; this one knows {1}): it is read as far as understood and will not be changed</source>
        <translation>o arquivo foi escrito por um postureapp mais novo (esquema {0}; este conhece {1}): é lido até onde é entendido e não será alterado</translation>
    </message>
    <message>
        <source>{0}; the default {1} is used instead</source>
        <translation>{0}; o valor padrão {1} é usado no lugar</translation>
    </message>
    <message>
        <source>must be a section [{0}], got {1}; it is ignored</source>
        <translation>deve ser uma seção [{0}], encontrado: {1}; é ignorado</translation>
    </message>
    <message>
        <source>text of at most {0} characters, or nothing</source>
        <extracomment>A note longer than this is not one a user typed into a check-in.</extracomment>
        <translation>um texto de no máximo {0} caracteres, ou nada</translation>
    </message>
    <message>
        <source>a whole number from 0 to 10, or nothing</source>
        <translation>um número inteiro de 0 a 10, ou nada</translation>
    </message>
    <message>
        <source>a line that is not key = value, a [table] or a comment</source>
        <extracomment>tomllib&apos;s messages (Python 3.11 to 3.13), each with what it means to the person who wrote the file; a group in the pattern fills the phrase&apos;s place.</extracomment>
        <translation>uma linha que não é chave = valor, nem [tabela], nem comentário</translation>
    </message>
    <message>
        <source>more after a value on the same line</source>
        <translation>algo mais depois de um valor na mesma linha</translation>
    </message>
    <message>
        <source>a key without &apos;=&apos; after it</source>
        <translation>uma chave sem &apos;=&apos; depois dela</translation>
    </message>
    <message>
        <source>a key that starts with a character keys cannot start with</source>
        <translation>uma chave que começa com um caractere não permitido no início de uma chave</translation>
    </message>
    <message>
        <source>a value of no known kind (text needs quotes)</source>
        <translation>um valor de tipo desconhecido (texto precisa de aspas)</translation>
    </message>
    <message>
        <source>text without its closing quote</source>
        <translation>um texto sem as aspas de fechamento</translation>
    </message>
    <message>
        <source>a list without its closing &apos;]&apos;</source>
        <translation>uma lista sem o &apos;]&apos; de fechamento</translation>
    </message>
    <message>
        <source>an inline table without its closing brace</source>
        <translation>uma tabela em linha sem a chave de fechamento</translation>
    </message>
    <message>
        <source>a [table] name without its closing &apos;]&apos;</source>
        <translation>um nome de [tabela] sem o &apos;]&apos; de fechamento</translation>
    </message>
    <message>
        <source>a [[table]] name without its closing &apos;]]&apos;</source>
        <translation>um nome de [[tabela]] sem o &apos;]]&apos; de fechamento</translation>
    </message>
    <message>
        <source>a key given a value twice</source>
        <translation>uma chave que recebe um valor duas vezes</translation>
    </message>
    <message>
        <source>the table {0} declared twice</source>
        <translation>a tabela {0} declarada duas vezes</translation>
    </message>
    <message>
        <source>{0} defined a second time</source>
        <translation>{0} definido pela segunda vez</translation>
    </message>
    <message>
        <source>the key {0} twice in an inline table</source>
        <translation>a chave {0} duas vezes em uma tabela em linha</translation>
    </message>
    <message>
        <source>a &apos;\&apos; in text that starts no known escape</source>
        <translation>uma &apos;\&apos; em um texto que não inicia nenhum escape conhecido</translation>
    </message>
    <message>
        <source>an escape with wrong hexadecimal digits</source>
        <translation>um escape com dígitos hexadecimais incorretos</translation>
    </message>
    <message>
        <source>an escape that is no Unicode character</source>
        <translation>um escape que não é um caractere Unicode</translation>
    </message>
    <message>
        <source>the character {0}, which text cannot hold</source>
        <translation>o caractere {0}, que não pode estar em um texto</translation>
    </message>
    <message>
        <source>the character {0} where it does not belong</source>
        <translation>o caractere {0} onde ele não cabe</translation>
    </message>
    <message>
        <source>a date or time that does not exist</source>
        <translation>uma data ou hora que não existe</translation>
    </message>
    <message>
        <source>no {0} where one was needed</source>
        <translation>nenhum {0} onde era necessário</translation>
    </message>
    <message>
        <source>no value where one was needed</source>
        <extracomment>The json module&apos;s messages.</extracomment>
        <translation>nenhum valor onde era necessário</translation>
    </message>
    <message>
        <source>a key not in double quotes</source>
        <translation>uma chave sem aspas duplas</translation>
    </message>
    <message>
        <source>a key without &apos;:&apos; after it</source>
        <translation>uma chave sem &apos;:&apos; depois dela</translation>
    </message>
    <message>
        <source>a missing &apos;,&apos; between two values</source>
        <translation>uma &apos;,&apos; faltando entre dois valores</translation>
    </message>
    <message>
        <source>a control character (such as a line break) inside text</source>
        <translation>um caractere de controle (como uma quebra de linha) dentro de um texto</translation>
    </message>
    <message>
        <source>a &apos;,&apos; after the last value</source>
        <translation>uma &apos;,&apos; depois do último valor</translation>
    </message>
    <message>
        <source>more after the end of the document</source>
        <translation>algo mais depois do fim do documento</translation>
    </message>
    <message>
        <source>not a zip file</source>
        <translation>não é um arquivo zip</translation>
    </message>
    <message>
        <source>a compression method this app cannot read</source>
        <translation>um método de compressão que este aplicativo não sabe ler</translation>
    </message>
    <message>
        <source>a damaged zip file</source>
        <translation>um arquivo zip danificado</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>não existe</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>uma parte do caminho não é uma pasta</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>já existe</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>a cota de disco se esgotou</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>o disco é somente leitura</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>não foi possível ler nem gravar no disco</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>o nome é longo demais</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>links simbólicos demais</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>há arquivos abertos demais</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>está em uso</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>a pasta não está vazia</translation>
    </message>
    <message>
        <source>the system refused ({0})</source>
        <translation>o sistema recusou ({0})</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>não pode ser lido: {0}</translation>
    </message>
    <message>
        <source>{0} (line {1}, column {2})</source>
        <translation>{0} (linha {1}, coluna {2})</translation>
    </message>
    <message>
        <source>another program is using it; try again in a moment</source>
        <extracomment>SQLite&apos;s messages (the break log), and what they mean to the user.</extracomment>
        <translation>outro programa está usando; tente de novo daqui a pouco</translation>
    </message>
    <message>
        <source>it can be read but not written</source>
        <translation>pode ser lido, mas não gravado</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>não pode ser aberto</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>não é um banco de dados</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>está danificado</translation>
    </message>
    <message>
        <source>a database error ({0})</source>
        <translation>um erro de banco de dados ({0})</translation>
    </message>
    <message>
        <source>{0}: the log has schema version {1}, newer than this version of the app understands ({2}); please update the app</source>
        <extracomment>Why the log cannot be opened by this app (the &quot;problems&quot; context translates them).</extracomment>
        <translation>{0}: o registro de pausas tem a versão de esquema {1}, mais nova do que esta versão do aplicativo entende ({2}); atualize o aplicativo</translation>
    </message>
    <message>
        <source>{0}: upgrading the log to version {1} failed ({2}); nothing was changed</source>
        <translation>{0}: a atualização do registro de pausas para a versão {1} falhou ({2}); nada foi alterado</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Stand up and move</source>
        <translation>Levante-se e mexa-se</translation>
    </message>
    <message>
        <source>Emergency: stop and get emergency care now (call your local emergency number or go to an emergency department) if you have:</source>
        <extracomment>Each urgency&apos;s heading: what to do, then the signs it covers.</extracomment>
        <translation>Emergência: pare e busque atendimento de emergência agora (ligue para o número de emergência local ou vá a um pronto-socorro) se você tiver:</translation>
    </message>
    <message>
        <source>Stop the exercises and see a doctor without delay if you have:</source>
        <translation>Pare os exercícios e procure um médico sem demora se você tiver:</translation>
    </message>
    <message>
        <source>Stop the exercises and have a doctor or physical therapist check it if you have:</source>
        <translation>Pare os exercícios e peça a um médico ou fisioterapeuta que avalie se você tiver:</translation>
    </message>
    <message>
        <source>A sudden, severe headache, dizziness or a spinning feeling, or trouble seeing, after moving your neck or after a fall or another injury.</source>
        <extracomment>The emergency line&apos;s heading (the words every list of signs shows first).</extracomment>
        <translation>Dor de cabeça súbita e forte, tontura ou sensação de que tudo gira, ou dificuldade para enxergar, depois de mexer o pescoço ou depois de uma queda ou outra lesão.</translation>
    </message>
    <message>
        <source>Pain that spreads from your neck or upper back into an arm or a hand.</source>
        <translation>Dor que se espalha do pescoço ou da parte de cima das costas para um braço ou uma mão.</translation>
    </message>
    <message>
        <source>New numbness, pins and needles that do not go away, or weakness in your arms or hands.</source>
        <translation>Dormência nova, formigamento que não passa, ou fraqueza nos braços ou nas mãos.</translation>
    </message>
    <message>
        <source>Neck or back pain together with a fever, chills, or weight loss you cannot explain.</source>
        <translation>Dor no pescoço ou nas costas junto com febre, calafrios ou perda de peso que você não consegue explicar.</translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness that runs down your legs.</source>
        <translation>Dormência, formigamento ou fraqueza que desce pelas pernas.</translation>
    </message>
    <message>
        <source>Any new trouble controlling your bowel or bladder.</source>
        <translation>Qualquer dificuldade nova para controlar o intestino ou a bexiga.</translation>
    </message>
    <message>
        <source>Sharp or shooting pain, or pain that keeps getting worse, for example when you move or after sitting for a long time.</source>
        <translation>Dor aguda ou em pontadas, ou dor que só piora, por exemplo ao se mexer ou depois de ficar sentado por muito tempo.</translation>
    </message>
    <message>
        <source>Check with a doctor or physical therapist before you start if you have:</source>
        <translation>Fale com um médico ou fisioterapeuta antes de começar se você tiver:</translation>
    </message>
    <message>
        <source>Osteoporosis or another condition of the bones.</source>
        <translation>Osteoporose ou outra doença dos ossos.</translation>
    </message>
    <message>
        <source>A herniated (slipped) disc or another problem with your spine.</source>
        <translation>Uma hérnia de disco ou outro problema na coluna.</translation>
    </message>
    <message>
        <source>Arthritis.</source>
        <translation>Artrite ou artrose.</translation>
    </message>
    <message>
        <source>Welcome to postureapp</source>
        <extracomment>The translation context of every text in this module.</extracomment>
        <translation>Bem-vindo ao postureapp</translation>
    </message>
    <message>
        <source>About postureapp and your safety</source>
        <translation>Sobre o postureapp e a sua segurança</translation>
    </message>
    <message>
        <source>postureapp reminds you to take a short break at the intervals you choose and guides you through gentle movements for the upper back, neck and shoulders. Every break is logged, so you can look back and see how you are getting on.</source>
        <translation>O postureapp lembra você de fazer uma pausa curta nos intervalos que você escolhe e guia você por movimentos suaves para a parte de cima das costas, o pescoço e os ombros. Cada pausa fica registrada, para você poder olhar para trás e ver como está indo.</translation>
    </message>
    <message>
        <source>postureapp is not medical advice. It cannot tell what is behind your stiffness or pain, and it does not replace a doctor or a physical therapist.</source>
        <translation>O postureapp não é orientação médica. Ele não sabe o que está por trás da sua rigidez ou dor, e não substitui um médico nem um fisioterapeuta.</translation>
    </message>
    <message>
        <source>Move slowly and stay within what feels comfortable. If a movement hurts, stop it; you can always skip the rest of a break.</source>
        <translation>Mova-se devagar e fique dentro do que é confortável. Se um movimento doer, pare; você sempre pode pular o resto de uma pausa.</translation>
    </message>
    <message>
        <source>If your stiffness has not eased after two to six weeks of gentle, regular movement, show it to a physical therapist.</source>
        <translation>Se a sua rigidez não tiver melhorado depois de duas a seis semanas de movimento suave e regular, mostre-a a um fisioterapeuta.</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>Sobre os estalos</translation>
    </message>
    <message>
        <source>The pop you sometimes hear from your back or neck is gas leaving the fluid that bathes the joint, much like cracking your knuckles. Nothing slips back into place when it happens.</source>
        <translation>O estalo que você às vezes ouve nas costas ou no pescoço é gás saindo do líquido que banha a articulação, como quando você estala os dedos. Nada volta para o lugar quando isso acontece.</translation>
    </message>
    <message>
        <source>So a pop is not a fix. Any relief it brings tends to fade, and the joint needs a while, often around twenty minutes, before it can pop again.</source>
        <translation>Então um estalo não conserta nada. O alívio que ele traz costuma passar, e a articulação precisa de um tempo, muitas vezes uns vinte minutos, antes de poder estalar de novo.</translation>
    </message>
    <message>
        <source>Forcing a crack, by twisting hard, jerking, or levering against a towel or a wall, can strain muscles and ligaments or irritate a nerve. The neck is the riskiest place to try: the arteries that feed the brain run through it, and a rough twist can, rarely, damage one.</source>
        <translation>Forçar um estalo, girando com força, dando trancos ou fazendo alavanca contra uma toalha ou uma parede, pode distender músculos e ligamentos ou irritar um nervo. O pescoço é o lugar mais arriscado: as artérias que levam sangue ao cérebro passam por ele, e um giro brusco pode, raramente, danificar uma delas.</translation>
    </message>
    <message>
        <source>Gentle, regular movement is the better habit. It loosens stiff joints without force, and none of the exercises in postureapp ask you to aim for a pop.</source>
        <translation>Movimento suave e regular é o hábito melhor. Ele solta as articulações rígidas sem força, e nenhum dos exercícios do postureapp pede que você tente provocar um estalo.</translation>
    </message>
    <message>
        <source>Exercise breaks are paused</source>
        <translation>As pausas de exercício estão suspensas</translation>
    </message>
    <message>
        <source>You told postureapp that something is wrong beyond ordinary stiffness.</source>
        <translation>Você disse ao postureapp que algo está errado além da rigidez comum.</translation>
    </message>
    <message>
        <source>Your upper back has felt worse on three check-in days in a row.</source>
        <translation>A parte de cima das suas costas ficou pior em três dias seguidos de resposta.</translation>
    </message>
    <message>
        <source>This can be a sign that something other than ordinary stiffness is going on. Only a clinician can tell, so please have a doctor or a physical therapist look at it.</source>
        <translation>Isso pode ser sinal de que há algo além da rigidez comum. Só um profissional de saúde pode dizer, então peça a um médico ou fisioterapeuta que avalie.</translation>
    </message>
    <message>
        <source>Until then the exercise breaks are paused. postureapp can still remind you now and then to stand up and walk about.</source>
        <translation>Até lá, as pausas de exercício ficam suspensas. O postureapp ainda pode lembrar você de vez em quando de se levantar e andar um pouco.</translation>
    </message>
    <message>
        <source>Time to stand up, walk about and rest your eyes until the countdown ends.</source>
        <translation>Hora de se levantar, andar um pouco e descansar os olhos até a contagem acabar.</translation>
    </message>
    <message>
        <source>Worth a visit to a physical therapist</source>
        <translation>Vale uma visita a um fisioterapeuta</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and your stiffness ratings have not come down.</source>
        <translation>Você fez pausas na maioria dos dias por duas semanas ou mais, e suas notas de rigidez não diminuíram.</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and none of your check-ins in that time said &apos;better&apos;.</source>
        <translation>Você fez pausas na maioria dos dias por duas semanas ou mais, e nenhuma das suas respostas nesse período foi “melhor”.</translation>
    </message>
    <message>
        <source>Stiffness that stays despite weeks of gentle, regular movement is worth showing to a physical therapist, who can find out what is behind it and what would help. You can keep using postureapp in the meantime.</source>
        <translation>Uma rigidez que continua apesar de semanas de movimento suave e regular merece ser mostrada a um fisioterapeuta, que pode descobrir o que está por trás e o que ajudaria. Você pode continuar usando o postureapp enquanto isso.</translation>
    </message>
    <message>
        <source>You stopped because it hurt</source>
        <translation>Você parou porque doeu</translation>
    </message>
    <message>
        <source>Stopping was the right thing to do. Rest now, and leave out the movement that hurt.</source>
        <translation>Parar foi a coisa certa. Descanse agora e deixe de lado o movimento que doeu.</translation>
    </message>
    <message>
        <source>If the pain stays or gets worse, have a physical therapist or a doctor look at it.</source>
        <translation>Se a dor continuar ou piorar, peça a um fisioterapeuta ou médico que avalie.</translation>
    </message>
    <message>
        <source>You can pause the exercise breaks until then. postureapp will only remind you now and then to stand up and walk about.</source>
        <translation>Você pode suspender as pausas de exercício até lá. O postureapp só vai lembrar você de vez em quando de se levantar e andar um pouco.</translation>
    </message>
    <message>
        <source>You stopped a break because a movement hurt.</source>
        <translation>Você interrompeu uma pausa porque um movimento doeu.</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety. Breaks only remind you to stand up and move.</source>
        <translation>As pausas de exercício estão suspensas para sua segurança. As pausas só lembram você de se levantar e se mexer.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>a list of calendars like {0} (kind file, url or caldav; user for caldav)</source>
        <translation>uma lista de agendas como {0} (kind file, url ou caldav; user para caldav)</translation>
    </message>
    <message>
        <source>must be {0}</source>
        <translation>deve ser {0}</translation>
    </message>
    <message>
        <source>unknown setting (did you mean {0}?)</source>
        <translation>configuração desconhecida (você quis dizer {0}?)</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>configuração desconhecida</translation>
    </message>
    <message>
        <source>Work between breaks</source>
        <translation>Trabalho entre pausas</translation>
    </message>
    <message>
        <source>Minutes of work between one break and the next.</source>
        <translation>Minutos de trabalho entre uma pausa e a próxima.</translation>
    </message>
    <message>
        <source>Short break length</source>
        <translation>Duração da pausa curta</translation>
    </message>
    <message>
        <source>How long a short break lasts. Its exercise is repeated or held longer to fit, and every step leaves time to read it; a break lands within 10 % (or 5 s) of this.</source>
        <translation>Quanto dura uma pausa curta. O exercício é repetido ou mantido por mais tempo para caber, e cada etapa deixa tempo para ler; uma pausa fica a até 10 % (ou 5 s) disto.</translation>
    </message>
    <message>
        <source>Long break every</source>
        <translation>Pausa longa a cada</translation>
    </message>
    <message>
        <source>Every Nth break is a long one; 0 means never.</source>
        <translation>A cada N pausas, uma é longa; 0 quer dizer nunca.</translation>
    </message>
    <message>
        <source>Long break length</source>
        <translation>Duração da pausa longa</translation>
    </message>
    <message>
        <source>How long a long break lasts. Its exercises are repeated or held longer to fit; a break lands within 10 % (or 5 s) of this.</source>
        <translation>Quanto dura uma pausa longa. Os exercícios são repetidos ou mantidos por mais tempo para caber; uma pausa fica a até 10 % (ou 5 s) disto.</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>Aviso antes de uma pausa</translation>
    </message>
    <message>
        <source>How early a quiet notice announces a break; 0 means no notice.</source>
        <translation>Com quanta antecedência um aviso discreto anuncia uma pausa; 0 quer dizer sem aviso.</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Duração do adiamento</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Por quanto tempo Adiar empurra uma pausa.</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Adiamentos por pausa</translation>
    </message>
    <message>
        <source>How often in a row one break may be snoozed; 0 turns Snooze off.</source>
        <translation>Quantas vezes seguidas uma pausa pode ser adiada; 0 desliga Adiar.</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Modo rigoroso</translation>
    </message>
    <message>
        <source>A break that has started cannot be skipped or snoozed.</source>
        <translation>Uma pausa que já começou não pode ser pulada nem adiada.</translation>
    </message>
    <message>
        <source>Only in working hours</source>
        <translation>Só no horário de trabalho</translation>
    </message>
    <message>
        <source>Plan breaks only inside the working hours set for each day.</source>
        <translation>Planejar pausas só dentro do horário de trabalho definido para cada dia.</translation>
    </message>
    <message>
        <source>Working hours on this day, as HH:MM-HH:MM ranges; empty for a day off.</source>
        <translation>Horário de trabalho neste dia, como intervalos HH:MM-HH:MM; vazio para um dia de folga.</translation>
    </message>
    <message>
        <source>Fixed break times</source>
        <translation>Horários fixos de pausa</translation>
    </message>
    <message>
        <source>Times of day when a break comes whatever the interval says.</source>
        <translation>Horas do dia em que vem uma pausa, diga o intervalo o que disser.</translation>
    </message>
    <message>
        <source>Days for fixed times</source>
        <translation>Dias dos horários fixos</translation>
    </message>
    <message>
        <source>The days on which the fixed break times apply.</source>
        <translation>Os dias em que os horários fixos de pausa valem.</translation>
    </message>
    <message>
        <source>Wait during full screen</source>
        <translation>Esperar em tela cheia</translation>
    </message>
    <message>
        <source>Hold a due break while a full-screen window is in front.</source>
        <translation>Segurar uma pausa devida enquanto uma janela em tela cheia estiver na frente.</translation>
    </message>
    <message>
        <source>Wait during Do Not Disturb</source>
        <translation>Esperar no Não perturbe</translation>
    </message>
    <message>
        <source>Hold a due break while Do Not Disturb is on.</source>
        <translation>Segurar uma pausa devida enquanto o Não perturbe estiver ligado.</translation>
    </message>
    <message>
        <source>Wait during calls</source>
        <translation>Esperar durante chamadas</translation>
    </message>
    <message>
        <source>Hold a due break while a call seems to be in progress.</source>
        <translation>Segurar uma pausa devida enquanto uma chamada parecer em andamento.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Espera máxima</translation>
    </message>
    <message>
        <source>How long a held break waits before it is shown anyway; 0 means no limit.</source>
        <translation>Quanto tempo uma pausa segurada espera antes de aparecer mesmo assim; 0 quer dizer sem limite.</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Agendas</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Local .ics files or folders, web addresses and CalDAV accounts (read only).</source>
        <translation>Agendas cujos eventos seguram as pausas: nenhuma pausa durante um evento ocupado, nenhuma logo antes. Arquivos ou pastas .ics locais, endereços web e contas CalDAV (somente leitura).</translation>
    </message>
    <message>
        <source>Clear before events</source>
        <translation>Folga antes de eventos</translation>
    </message>
    <message>
        <source>No break falls due this long before an event; it comes early or right after instead.</source>
        <translation>Nenhuma pausa fica devida tão perto de um evento; ela vem mais cedo ou logo depois.</translation>
    </message>
    <message>
        <source>Read calendars every</source>
        <translation>Ler agendas a cada</translation>
    </message>
    <message>
        <source>How often calendars are read again (also on waking up).</source>
        <translation>Com que frequência as agendas são lidas de novo (também ao acordar).</translation>
    </message>
    <message>
        <source>Show event titles</source>
        <translation>Mostrar títulos de eventos</translation>
    </message>
    <message>
        <source>Name the event a break waits for (postureapp status); off keeps the titles private.</source>
        <translation>Dizer o nome do evento que uma pausa espera (postureapp status); desligado, os títulos ficam privados.</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Áreas do corpo</translation>
    </message>
    <message>
        <source>The parts of the body the offered exercises may work on.</source>
        <translation>As partes do corpo que os exercícios oferecidos podem trabalhar.</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posições</translation>
    </message>
    <message>
        <source>The positions an offered exercise may ask you to take.</source>
        <translation>As posições que um exercício oferecido pode pedir.</translation>
    </message>
    <message>
        <source>Equipment at hand</source>
        <translation>Equipamento à mão</translation>
    </message>
    <message>
        <source>Equipment you have nearby; exercises needing other things are left out.</source>
        <translation>Equipamento que você tem por perto; exercícios que precisam de outras coisas ficam de fora.</translation>
    </message>
    <message>
        <source>Your exercises folder</source>
        <translation>Sua pasta de exercícios</translation>
    </message>
    <message>
        <source>A folder of your own exercise files; empty means the usual one.</source>
        <translation>Uma pasta com seus próprios arquivos de exercícios; vazio quer dizer a de sempre.</translation>
    </message>
    <message>
        <source>How often each exercise comes</source>
        <translation>Com que frequência cada exercício aparece</translation>
    </message>
    <message>
        <source>Whether each exercise is offered, and how often: never (0, unticked), as usual (1), more often (2) or most often (3). Exercises not listed come as usual.</source>
        <translation>Se cada exercício é oferecido, e com que frequência: nunca (0, desmarcado), normal (1), mais vezes (2) ou o máximo de vezes (3). Exercícios não listados aparecem normalmente.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Som</translation>
    </message>
    <message>
        <source>Play a soft sound when a break starts and ends.</source>
        <translation>Tocar um som suave quando uma pausa começa e termina.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop.</source>
        <translation>Janelas claras ou escuras; Sistema segue a sua área de trabalho.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar ao entrar na sessão</translation>
    </message>
    <message>
        <source>Start postureapp when you log in.</source>
        <translation>Iniciar o postureapp quando você entrar na sessão.</translation>
    </message>
    <message>
        <source>Away counts as a break</source>
        <translation>Ausência conta como pausa</translation>
    </message>
    <message>
        <source>Away from the computer this long and a break counts as taken.</source>
        <translation>Longe do computador por esse tempo, e uma pausa conta como feita.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Now and then ask after a break how your back and neck feel.</source>
        <translation>De vez em quando, perguntar depois de uma pausa como estão suas costas e seu pescoço.</translation>
    </message>
    <message>
        <source>Moving pictures</source>
        <translation>Imagens em movimento</translation>
    </message>
    <message>
        <source>Whether the figure in the break window moves: auto follows the desktop&apos;s animation setting; reduced shows the end pose over a faint start pose.</source>
        <translation>Se a figura da janela de pausa se mexe: Automático segue a configuração de animação da área de trabalho; Reduzido mostra a pose final sobre uma pose inicial esmaecida.</translation>
    </message>
    <message>
        <source>Breaks for a streak day</source>
        <translation>Pausas para um dia de sequência</translation>
    </message>
    <message>
        <source>How many breaks make a day count towards a streak.</source>
        <translation>Quantas pausas fazem um dia contar para uma sequência.</translation>
    </message>
    <message>
        <source>Watch my posture with the camera</source>
        <translation>Observar minha postura com a câmera</translation>
    </message>
    <message>
        <source>A few times a minute the camera takes one picture, the position of your head and shoulders is read from it on this computer, and the picture is dropped at once: no picture is kept or sent anywhere. A slouch held for a while brings the next break forward.</source>
        <translation>Algumas vezes por minuto a câmera tira uma imagem, a posição da sua cabeça e dos seus ombros é lida dela neste computador, e a imagem é descartada na hora: nenhuma imagem é guardada ou enviada a lugar nenhum. Uma postura curvada mantida por um tempo adianta a próxima pausa.</translation>
    </message>
    <message>
        <source>Camera readings per minute</source>
        <translation>Leituras da câmera por minuto</translation>
    </message>
    <message>
        <source>How often the camera is switched on for one picture; it is off in between.</source>
        <translation>Com que frequência a câmera é ligada para uma imagem; no intervalo ela fica desligada.</translation>
    </message>
    <message>
        <source>Slouch threshold</source>
        <translation>Limite de postura curvada</translation>
    </message>
    <message>
        <source>How far your head may sink, or your shoulders round, from the upright posture you calibrated before it counts as a slouch.</source>
        <translation>Quanto sua cabeça pode descer, ou seus ombros se arredondar, em relação à postura ereta calibrada antes de contar como curvado.</translation>
    </message>
    <message>
        <source>Slouch held for</source>
        <translation>Curvado por</translation>
    </message>
    <message>
        <source>A slouch held this long brings the next break forward, with an exercise that answers it (never sooner than the notice allows, and never during a call, a full-screen window, do-not-disturb or a meeting).</source>
        <translation>Uma postura curvada mantida por esse tempo adianta a próxima pausa, com um exercício que a corrige (nunca antes do que o aviso permite, e nunca durante uma chamada, uma janela em tela cheia, não perturbe ou uma reunião).</translation>
    </message>
    <message>
        <source>minutes</source>
        <extracomment>The units and choices the dialog shows (choices that are `terms` are translated there).</extracomment>
        <translation>minutos</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pausas</translation>
    </message>
    <message>
        <source>snoozes</source>
        <translation>adiamentos</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>leituras</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Reduzido</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>{0} is not a TOML list like {1}</source>
        <translation>{0} não é uma lista TOML como {1}</translation>
    </message>
    <message>
        <source>{0} is not a list</source>
        <translation>{0} não é uma lista</translation>
    </message>
    <message>
        <source>must be {0}, got {1}</source>
        <extracomment>The Python type of the checked values (the Settings dataclass declares the same).</extracomment>
        <translation>deve ser {0}, encontrado {1}</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1} ({2})</source>
        <translation>um número inteiro de {0} a {1} ({2})</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1}</source>
        <translation>um número inteiro de {0} a {1}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>um de {0}</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>uma lista de {0}</translation>
    </message>
    <message>
        <source>a list of at least one of {0}</source>
        <translation>uma lista com pelo menos um de {0}</translation>
    </message>
    <message>
        <source>{0} is not one of {1}</source>
        <translation>{0} não é um de {1}</translation>
    </message>
    <message>
        <source>{0} are not any of {1}</source>
        <translation>{0} não estão entre {1}</translation>
    </message>
    <message>
        <source>{0} is not a time of day as HH:MM (00:00 to 23:59)</source>
        <translation>{0} não é uma hora do dia como HH:MM (00:00 a 23:59)</translation>
    </message>
    <message>
        <source>time ranges like {0} (&quot;&quot; for none)</source>
        <translation>intervalos de horário como {0} (&quot;&quot; para nenhum)</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must start before it ends</source>
        <translation>“{0}” deve começar antes de terminar</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; and &quot;{1}&quot; overlap</source>
        <translation>“{0}” e “{1}” se sobrepõem</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a range like &quot;09:00-12:30&quot; (HH:MM-HH:MM)</source>
        <translation>“{0}” não é um intervalo como “09:00-12:30” (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <source>a list of times like {0}</source>
        <translation>uma lista de horários como {0}</translation>
    </message>
    <message>
        <source>lists {0} twice</source>
        <translation>tem {0} duas vezes</translation>
    </message>
    <message>
        <source>an absolute folder path (&quot;&quot; for the default folder)</source>
        <translation>um caminho de pasta absoluto (&quot;&quot; para a pasta padrão)</translation>
    </message>
    <message>
        <source>a table of exercise ids and whole numbers from {0} (never) to {1} (most often), like {2} (&quot;&quot; for none)</source>
        <extracomment>How often each exercise is offered, by its id: (id, weight) pairs sorted by id, without the exercises that come as usual (weight 1).</extracomment>
        <translation>uma tabela de ids de exercícios e números inteiros de {0} (nunca) a {1} (o máximo de vezes), como {2} (&quot;&quot; para nenhum)</translation>
    </message>
    <message>
        <source>{0} is not an exercise id (lowercase letters, digits, -)</source>
        <translation>{0} não é um id de exercício (minúsculas, dígitos, -)</translation>
    </message>
    <message>
        <source>the weight of {0} must be a whole number from {1} to {2}, got {3}</source>
        <translation>o peso de {0} deve ser um número inteiro de {1} a {2}, recebido {3}</translation>
    </message>
    <message>
        <source>{0} is not a TOML table like {1}</source>
        <translation>{0} não é uma tabela TOML como {1}</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not like &quot;chin-tuck=2&quot;</source>
        <translation>“{0}” não tem a forma “chin-tuck=2”</translation>
    </message>
    <message>
        <source>Allowed: {0}</source>
        <extracomment>Choices that are words of the domain, and the days: translated with `terms` (one place).</extracomment>
        <translation>Permitido: {0}</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>Problema com {0}</translation>
    </message>
    <message>
        <source>As usual</source>
        <extracomment>The rows&apos; choices when an exercise is on: (weight, words).</extracomment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>More often</source>
        <translation>Mais vezes</translation>
    </message>
    <message>
        <source>Most often</source>
        <translation>O máximo de vezes</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferecer</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <source>Find an exercise</source>
        <translation>Procurar um exercício</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (não encontrado)</translation>
    </message>
    <message>
        <source>Offer {0}</source>
        <translation>Oferecer {0}</translation>
    </message>
    <message>
        <source>How often {0} comes</source>
        <translation>Com que frequência {0} aparece</translation>
    </message>
    <message>
        <source>{0} was written by a newer postureapp (schema {1}); this version will not change it</source>
        <translation>{0} foi gravado por um postureapp mais recente (esquema {1}); esta versão não vai alterá-lo</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>postureapp — starting</source>
        <translation>postureapp — iniciando</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Paused — resume from the menu</source>
        <translation>Suspenso — retome pelo menu</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>Suspenso até {0}</translation>
    </message>
    <message>
        <source>No break planned</source>
        <translation>Nenhuma pausa planejada</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>pausa longa</translation>
    </message>
    <message>
        <source>short break</source>
        <translation>pausa curta</translation>
    </message>
    <message>
        <source>Next {0} at {1}</source>
        <translation>Próxima {0} às {1}</translation>
    </message>
    <message>
        <source>(after a meeting)</source>
        <translation>(depois de uma reunião)</translation>
    </message>
    <message>
        <source>(before a meeting)</source>
        <translation>(antes de uma reunião)</translation>
    </message>
    <message>
        <source>(early: you have slouched a while)</source>
        <translation>(mais cedo: você está curvado há um tempo)</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>short break</source>
        <extracomment>The translation context of every label below. (member, label). A list, not a dict: members of different sets may share a value (&quot;neck&quot;, &quot;natural&quot;), and StrEnum members with equal values are equal dict keys.</extracomment>
        <translation>pausa curta</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>pausa longa</translation>
    </message>
    <message>
        <source>running</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluídas</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>encerrada mais cedo</translation>
    </message>
    <message>
        <source>stopped (it hurt)</source>
        <translation>interrompida (doeu)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pulada</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>adiada</translation>
    </message>
    <message>
        <source>away (natural break)</source>
        <translation>ausente (pausa natural)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>cortada</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation>horário fixo</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>postura</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte de cima das costas</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Pescoço</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Ombros</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Peito</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Lombar</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Chão</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Parede</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rolo de espuma</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Toalha</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>rotação</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>extensão</translation>
    </message>
    <message>
        <source>flexion</source>
        <translation>flexão</translation>
    </message>
    <message>
        <source>side bend</source>
        <translation>inclinação lateral</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>pescoço</translation>
    </message>
    <message>
        <source>shoulder blades</source>
        <translation>escápulas</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Respire devagar</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado direito</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado esquerdo</translation>
    </message>
    <message>
        <source>one side</source>
        <translation>um lado</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>os dois lados</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Melhor</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Pior</translation>
    </message>
    <message>
        <source>A warning sign</source>
        <translation>Um sinal de alerta</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Seg</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Ter</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Qua</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Segunda-feira</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Terça-feira</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Quarta-feira</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Quinta-feira</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Sexta-feira</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
</context>
</TS>
