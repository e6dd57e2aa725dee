<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutSafetyDialog</name>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>エクササイズ休憩を再開…</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>エクササイズ休憩を再開</translation>
    </message>
</context>
<context>
    <name>AddCalendarDialog</name>
    <message>
        <source>Add a calendar</source>
        <extracomment>(source, password) -&gt; None; raises with a sentence when the keyring cannot keep it.</extracomment>
        <translation>カレンダーを追加</translation>
    </message>
    <message>
        <source>A file or folder of .ics files</source>
        <translation>.ics ファイルまたはそのフォルダー</translation>
    </message>
    <message>
        <source>A web address (iCalendar subscription)</source>
        <translation>Web アドレス（iCalendar 購読）</translation>
    </message>
    <message>
        <source>A CalDAV account (read only)</source>
        <translation>CalDAV アカウント（読み取り専用）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>場所(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>The password is kept in your desktop keyring, never in a file.</source>
        <translation>パスワードはデスクトップのキーリングに保管され、ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>カレンダーファイルを選択</translation>
    </message>
    <message>
        <source>Passwords cannot be kept here: no keyring is available.</source>
        <translation>ここではパスワードを保管できません：利用できるキーリングがありません。</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Take a break now</source>
        <translation>今すぐ休憩する</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 分</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明日まで</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>エクササイズ休憩を再開…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>履歴…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>エクササイズ…</translation>
    </message>
    <message>
        <source>About &amp;&amp; safety…</source>
        <translation>概要と安全について…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
</context>
<context>
    <name>BreakWhenIdle</name>
    <message>
        <source>Time for a break</source>
        <extracomment>How often idle time is read while the window waits. Without idle time, the window opens after this long if nobody picked &quot;Show now&quot;.</extracomment>
        <translation>休憩の時間です</translation>
    </message>
    <message>
        <source>It opens as soon as you pause your typing.</source>
        <translation>入力の手を止めるとすぐに開きます。</translation>
    </message>
    <message>
        <source>Show now</source>
        <translation>今すぐ表示</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>postureapp — time for a break</source>
        <extracomment>The window takes the keyboard once the user has not typed for this long: longer than a pause to think, so words typed elsewhere always go where they were meant to. Keys pressed this soon after the window took the keyboard were meant for another window. How often (in ticks) idle time is read while the window waits to take the keyboard. How long the closing &quot;well done&quot; stays before the window goes.</extracomment>
        <translation>postureapp — 休憩の時間です</translation>
    </message>
    <message>
        <source>Kind of break and progress</source>
        <translation>休憩の種類と進み具合</translation>
    </message>
    <message>
        <source>Time left in this break</source>
        <translation>この休憩の残り時間</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <source>Where you are in the break</source>
        <translation>休憩のどこまで進んだか</translation>
    </message>
    <message>
        <source>Picture of the step</source>
        <translation>このステップの絵</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>このステップの残り時間</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>すること</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>呼吸</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>次にすること</translation>
    </message>
    <message>
        <source>Caution for this exercise</source>
        <translation>このエクササイズの注意</translation>
    </message>
    <message>
        <source>All cautions</source>
        <translation>すべての注意</translation>
    </message>
    <message>
        <source>Read every caution for this exercise</source>
        <translation>このエクササイズの注意をすべて読む</translation>
    </message>
    <message>
        <source>Move gently and only as far as is comfortable. Stop at once if anything hurts.</source>
        <translation>ゆっくり、心地よい範囲だけ動かしましょう。どこかが痛んだらすぐにやめてください。</translation>
    </message>
    <message>
        <source>This &amp;hurts — stop</source>
        <translation>痛い — 中止(&amp;H)</translation>
    </message>
    <message>
        <source>This hurts — stop</source>
        <translation>痛い — 中止</translation>
    </message>
    <message>
        <source>End the break at once and see when to get help</source>
        <translation>休憩をすぐに終え、助けを求める目安を確認する</translation>
    </message>
    <message>
        <source>S&amp;kip (Esc)</source>
        <translation>スキップ(&amp;K)（Esc）</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>この休憩をスキップ</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>スヌーズ(&amp;S)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Put this break off for a few minutes</source>
        <translation>この休憩を数分先に延ばす</translation>
    </message>
    <message>
        <source>You have snoozed as often as allowed in a row.</source>
        <translation>続けてスヌーズできる回数の上限に達しました。</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>End the break now; before its end it counts as ended early</source>
        <translation>今すぐ休憩を終える（最後まで行わないと「途中で終了」として記録されます）</translation>
    </message>
    <message>
        <source>Nearly done — well done.</source>
        <translation>あと少しです — よくできました。</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>左側</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>右側</translation>
    </message>
    <message>
        <source>step {0} of {1}</source>
        <translation>ステップ {0}/{1}</translation>
    </message>
    <message>
        <source>Next: {0} — {1}</source>
        <translation>次：{0} — {1}</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>次：{0}</translation>
    </message>
    <message>
        <source>LONG BREAK · EXERCISE {0} OF {1}</source>
        <translation>長い休憩 · エクササイズ {0}/{1}</translation>
    </message>
    <message>
        <source>SHORT BREAK</source>
        <translation>短い休憩</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>息を吸う</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>息を吐く</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>ゆっくり呼吸</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>残り {0}</translation>
    </message>
    <message>
        <source>Cautions: {0}</source>
        <translation>注意：{0}</translation>
    </message>
    <message>
        <source>Well done. Back to it.</source>
        <translation>よくできました。作業に戻りましょう。</translation>
    </message>
</context>
<context>
    <name>CalendarKeeper</name>
    <message>
        <source>Breaks keep using its copy from {0}.</source>
        <translation>休憩は引き続き {0} のコピーを使います。</translation>
    </message>
    <message>
        <source>There is no earlier copy, so its events are not known.</source>
        <translation>以前のコピーがないため、予定はわかりません。</translation>
    </message>
    <message>
        <source>The calendar “{0}” could not be read: {1}. {2}</source>
        <translation>カレンダー「{0}」を読み込めませんでした：{1}。{2}</translation>
    </message>
</context>
<context>
    <name>CalendarSourcesEditor</name>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}：ファイル {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}：Web アドレス {1}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation>{0}：CalDAV {1}（ユーザー {2}）</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation>{0}：CalDAV {1}</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Add a calendar</source>
        <translation>カレンダーを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the chosen calendar</source>
        <translation>選んだカレンダーを削除</translation>
    </message>
    <message>
        <source>No calendars: breaks follow the clock alone.</source>
        <translation>カレンダーなし：休憩は時計だけに従います。</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Breaks done</source>
        <translation>行った休憩</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>完了率</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>目標達成</translation>
    </message>
    <message>
        <source>Streak (days)</source>
        <translation>連続記録（日）</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>運動時間</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>こわばり</translation>
    </message>
    <message>
        <source>Sitting upright</source>
        <translation>良い姿勢</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>{0} ended early, {1} skipped or snoozed</source>
        <translation>途中で終了 {0} 件、スキップまたはスヌーズ {1} 件</translation>
    </message>
    <message>
        <source>no reminders in this range</source>
        <translation>この期間に通知はありません</translation>
    </message>
    <message>
        <source>of reminders completed</source>
        <translation>の通知で休憩を完了</translation>
    </message>
    <message>
        <source>days with {0} or more breaks done</source>
        <translation>{0} 回以上休憩した日</translation>
    </message>
    <message>
        <source>best {0} · goal {1} a day</source>
        <translation>最長 {0} · 目標 1 日 {1} 回</translation>
    </message>
    <message>
        <source>{0} a day on average</source>
        <translation>1 日平均 {0}</translation>
    </message>
    <message>
        <source>0–10, first and last week rated</source>
        <translation>0–10、評価した最初と最後の週</translation>
    </message>
    <message>
        <source>0–10, one day rated</source>
        <translation>0–10、評価は 1 日のみ</translation>
    </message>
    <message>
        <source>no ratings in this range</source>
        <translation>この期間に評価はありません</translation>
    </message>
    <message>
        <source>a warning sign on 1 day</source>
        <translation>危険なサインが 1 日</translation>
    </message>
    <message>
        <source>a warning sign on {0} days</source>
        <translation>危険なサインが {0} 日</translation>
    </message>
    <message>
        <source>of the time the camera saw you in this range</source>
        <translation>この期間にカメラが捉えた時間のうち</translation>
    </message>
</context>
<context>
    <name>CheckInPopup</name>
    <message>
        <source>postureapp — check-in</source>
        <translation>postureapp — 体調チェック</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>危険なサイン</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>今日、背中の上部の調子はどうですか？</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>良くなった</translation>
    </message>
    <message>
        <source>Better than before</source>
        <translation>前より良い</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>同じ</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>ほぼ同じ</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>悪くなった</translation>
    </message>
    <message>
        <source>Worse than before</source>
        <translation>前より悪い</translation>
    </message>
    <message>
        <source>How stiff, from 0 (not at all) to 10? Optional.</source>
        <translation>こわばりの強さは 0（まったくない）から 10 でどれくらいですか？ 任意です。</translation>
    </message>
    <message>
        <source>Stiffness {0} of 10</source>
        <translation>こわばり {0}/10</translation>
    </message>
    <message>
        <source>0 is not stiff at all, 10 is very stiff</source>
        <translation>0 はまったくこわばりなし、10 はとても強いこわばり</translation>
    </message>
    <message>
        <source>Something else is wrong</source>
        <translation>ほかにも気になることがある</translation>
    </message>
    <message>
        <source>Something else is wrong: show the signs</source>
        <translation>ほかにも気になることがある：サインを表示</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <source>Not now, close the check-in</source>
        <translation>今はしない、体調チェックを閉じる</translation>
    </message>
    <message>
        <source>Thank you for telling us. If any of these fit, please see a clinician; the emergency one needs care straight away.</source>
        <translation>教えてくださってありがとうございます。当てはまるサインがあれば医師の診察を受けてください。救急のサインはすぐに手当てが必要です。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the warning signs</source>
        <translation>危険なサインを閉じる</translation>
    </message>
</context>
<context>
    <name>CheckInsModel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>体調</translation>
    </message>
    <message>
        <source>Stiffness (0–10)</source>
        <translation>こわばり（0–10）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>break-now: no exercise with the id {0}</source>
        <translation>break-now：ID {0} のエクササイズはありません</translation>
    </message>
    <message>
        <source>break-now: exercise breaks are paused for safety; resume them from About &amp; safety (postureapp open about) once a clinician has looked at it, or it has passed</source>
        <translation>break-now：安全のためエクササイズ休憩は一時停止中です。医師に診てもらったか、症状が治まったら、「概要と安全について」（postureapp open about）から再開してください</translation>
    </message>
    <message>
        <source>a break is already on screen</source>
        <translation>休憩はすでに画面に表示されています</translation>
    </message>
    <message>
        <source>no exercise fits your settings</source>
        <translation>設定に合うエクササイズがありません</translation>
    </message>
    <message>
        <source>this exercise is switched off in your settings</source>
        <translation>このエクササイズは設定でオフになっています</translation>
    </message>
    <message>
        <source>pause: an argument is required</source>
        <translation>pause：引数が必要です</translation>
    </message>
    <message>
        <source>no break is on screen</source>
        <translation>画面に休憩は表示されていません</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>厳格モードがオンです：休憩はスキップできません</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>No exercise fits your settings for a long break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <extracomment>A sleep this long in the middle of a break ends it (as far as it got) rather than resuming.</extracomment>
        <translation>設定に合う長い休憩のエクササイズがありません。設定で体の部位と姿勢を、または自分のエクササイズのフォルダーを確認してください。</translation>
    </message>
    <message>
        <source>No exercise fits your settings for a short break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <translation>設定に合う短い休憩のエクササイズがありません。設定で体の部位と姿勢を、または自分のエクササイズのフォルダーを確認してください。</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Completed</source>
        <extracomment>Every how many days the chart&apos;s day axis carries a date; today is always labelled. At most this many dates under the bars, whatever the grain. The stiffness trend&apos;s colour: the illustrations&apos; accent, readable on light and dark. Warning-sign days: a red that reads on light and dark.</extracomment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>途中で終了</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>スキップまたはスヌーズ</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>連続記録の目標</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>こわばり</translation>
    </message>
    <message>
        <source>Warning sign reported</source>
        <translation>危険なサインの報告</translation>
    </message>
    <message>
        <source>stiffness</source>
        <translation>こわばり</translation>
    </message>
    <message>
        <source>Today {0}; most in a day {1}; the goal of {2} was reached on {3} of {4} days</source>
        <translation>今日 {0}、1 日の最多 {1}、目標 {2} を達成した日 {3}/{4} 日</translation>
    </message>
    <message>
        <source>{0} bars; completed breaks in the last {1}, the most in one {2}</source>
        <translation>{0} 本の棒。最後の棒の完了した休憩 {1} 回、1 本の最多 {2} 回</translation>
    </message>
    <message>
        <source>; a warning sign was reported in {0} of them</source>
        <translation>。そのうち {0} 本で危険なサインが報告されました</translation>
    </message>
</context>
<context>
    <name>DesktopCheckIn</name>
    <message>
        <source>Better</source>
        <translation>良くなった</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>同じ</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>悪くなった</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>詳しく…</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>今日、背中の上部の調子はどうですか？</translation>
    </message>
    <message>
        <source>Compared with before. “More…” rates the stiffness or reports a warning sign.</source>
        <translation>前と比べてどうですか。「詳しく…」でこわばりを評価したり、注意すべきサインを報告したりできます。</translation>
    </message>
</context>
<context>
    <name>DesktopNotice</name>
    <message>
        <source>A long break</source>
        <translation>長い休憩</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>短い休憩</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{1} 秒後に{0}</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>今すぐ始める</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>{0} 分後</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>考えをまとめましょう。カウントダウンが終わると休憩が始まります。</translation>
    </message>
</context>
<context>
    <name>ExerciseChoices</name>
    <message>
        <source>&amp;Not this one again</source>
        <extracomment>What the user chose in this break, per exercise: (not again, more like this).</extracomment>
        <translation>もう出さない(&amp;N)</translation>
    </message>
    <message>
        <source>Not this one again</source>
        <translation>もう出さない</translation>
    </message>
    <message>
        <source>Never offer this exercise again; undo it in Settings, Exercises</source>
        <translation>このエクササイズを今後出しません。設定の「エクササイズ」で元に戻せます</translation>
    </message>
    <message>
        <source>&amp;More like this</source>
        <translation>もっと出す(&amp;M)</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>もっと出す</translation>
    </message>
    <message>
        <source>Offer this exercise more often</source>
        <translation>このエクササイズをもっと出します</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>postureapp — New exercise</source>
        <extracomment>How soon after the last keystroke the whole exercise is checked again.</extracomment>
        <translation>postureapp — 新しいエクササイズ</translation>
    </message>
    <message>
        <source>postureapp — Edit exercise</source>
        <translation>postureapp — エクササイズを編集</translation>
    </message>
    <message>
        <source>The exercise</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>ステップを削除</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>前へ移動</translation>
    </message>
    <message>
        <source>Steps, in the order they are done</source>
        <translation>ステップ（行う順）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Length of the preview break</source>
        <translation>試しの休憩の長さ</translation>
    </message>
    <message>
        <source>+ A&amp;dd step</source>
        <translation>+ ステップを追加(&amp;D)</translation>
    </message>
    <message>
        <source>▶ Tr&amp;y it as a break</source>
        <translation>▶ 休憩として試す(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>休憩の長さ</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>ステップ {0}</translation>
    </message>
    <message>
        <source>✓ Ready: it can be saved and tried as a break.</source>
        <translation>✓ 準備完了：保存して休憩として試せます。</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>ステップ {0}</translation>
    </message>
    <message>
        <source>1 thing to fix or fill in before saving: {1}</source>
        <translation>保存の前に直すか入力する項目が1つあります：{1}</translation>
    </message>
    <message>
        <source>{0} things to fix or fill in before saving: {1}</source>
        <translation>保存の前に直すか入力する項目が{0}つあります：{1}</translation>
    </message>
    <message>
        <source>As written it lasts {0} s; a break repeats or holds it to fit.</source>
        <translation>このままでは {0} 秒です。休憩では繰り返しや保持で長さを合わせます。</translation>
    </message>
    <message>
        <source>postureapp — preview of {0}</source>
        <translation>postureapp — {0} のお試し</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>The exercise could not be saved in {0}: {1}</source>
        <translation>エクササイズを {0} に保存できませんでした：{1}</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>保存せずに閉じますか？</translation>
    </message>
    <message>
        <source>Your changes to this exercise are not saved. Leave anyway?</source>
        <translation>このエクササイズの変更は保存されていません。閉じてもよいですか？</translation>
    </message>
</context>
<context>
    <name>ExerciseKeeper</name>
    <message>
        <source>Exercise skipped: {0}</source>
        <extracomment>How long the folder must be quiet before it is read again.</extracomment>
        <translation>読み込まなかったエクササイズ：{0}</translation>
    </message>
</context>
<context>
    <name>ExercisesPanel</name>
    <message>
        <source>By exercise</source>
        <translation>エクササイズ別</translation>
    </message>
    <message>
        <source>By body area</source>
        <translation>体の部位別</translation>
    </message>
    <message>
        <source>Breaks per exercise: sort by any column</source>
        <translation>エクササイズ別の休憩：どの列でも並べ替えられます</translation>
    </message>
    <message>
        <source>Breaks per exercise, by how they ended</source>
        <translation>エクササイズ別の休憩（終わり方ごと）</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>体の部位</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <source>Breaks that worked each area: completed, ended early (paler), skipped or snoozed (grey). An exercise counts for every area it works.</source>
        <translation>各部位を動かした休憩：完了、途中で終了（薄い色）、スキップまたはスヌーズ（灰色）。エクササイズは動かすすべての部位に数えます。</translation>
    </message>
    <message>
        <source>Breaks with each exercise: completed, ended early (paler), skipped or snoozed (grey); the ten done most. Click a column to sort the table.</source>
        <translation>エクササイズごとの休憩：完了、途中で終了（薄い色）、スキップまたはスヌーズ（灰色）。よく行った上位 10 件。列をクリックすると表を並べ替えます。</translation>
    </message>
</context>
<context>
    <name>ExercisesWindow</name>
    <message>
        <source>sitting</source>
        <translation>座って</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>立って</translation>
    </message>
    <message>
        <source>on the floor</source>
        <translation>床で</translation>
    </message>
    <message>
        <source>postureapp — Your exercises</source>
        <translation>postureapp — 自分のエクササイズ</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <source>Make your own, for example the routine your physiotherapist gave you, or copy a built-in one to change it. Yours are saved in {0} and come up in your breaks. Drop a pack file here to add the exercises in it.</source>
        <translation>理学療法士に教わったメニューなど自分のエクササイズを作るか、組み込みのものをコピーして変更できます。自分のものは {0} に保存され、休憩に出てきます。パックファイルをここにドロップすると、その中のエクササイズを追加します。</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>姿勢</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Exercises, your own first</source>
        <translation>エクササイズ（自分のものが先）</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>新しいエクササイズ(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Copy to a new one…</source>
        <translation>コピーして新規作成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the chosen exercises as one file to share</source>
        <translation>選んだエクササイズを共有用の1つのファイルに保存します</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>読み込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the exercises of a pack file</source>
        <translation>パックファイルのエクササイズを追加します</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>自分のもの</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>Yours (none yet: press New exercise)</source>
        <translation>自分のもの（まだありません：「新しいエクササイズ」を押してください）</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0}（コピー）</translation>
    </message>
    <message>
        <source>{0} (mine)</source>
        <translation>{0}（自分用）</translation>
    </message>
    <message>
        <source>Delete exercises</source>
        <translation>エクササイズを削除</translation>
    </message>
    <message>
        <source>Delete {0}? The file is kept aside as .deleted in {1}.</source>
        <translation>{0} を削除しますか？ファイルは {1} に .deleted として残します。</translation>
    </message>
    <message>
        <source>Export exercises</source>
        <translation>エクササイズを書き出す</translation>
    </message>
    <message>
        <source>Exercise packs (*.zip)</source>
        <translation>エクササイズパック (*.zip)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>書き出していません</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>書き出しました</translation>
    </message>
    <message>
        <source>{0} exercise(s) saved in {1}. Send that file to share them.</source>
        <translation>{0} 件のエクササイズを {1} に保存しました。共有するにはこのファイルを送ってください。</translation>
    </message>
    <message>
        <source>Import exercises</source>
        <translation>エクササイズを読み込む</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>{0} h {1} min</source>
        <extracomment>Exercises named in each of the &quot;done most&quot; and &quot;done least&quot; lists.</extracomment>
        <translation>{0} 時間 {1} 分</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} 分</translation>
    </message>
    <message>
        <source>postureapp — History</source>
        <extracomment>The breaks table shows only this many of the range, so it fills in milliseconds. The exercises the settings may offer; only these appear as &quot;done least&quot; (None: all).</extracomment>
        <translation>postureapp — 履歴</translation>
    </message>
    <message>
        <source>Your breaks</source>
        <translation>あなたの休憩</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>エクササイズ…</translation>
    </message>
    <message>
        <source>Your exercises: make, change or share</source>
        <translation>自分のエクササイズ：作成・変更・共有</translation>
    </message>
    <message>
        <source>Result of the last import, export or report</source>
        <translation>最後の取り込み・書き出し・レポートの結果</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>取り込み…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins from a CSV or JSON export</source>
        <translation>CSV または JSON の書き出しから休憩と体調チェックを取り込む</translation>
    </message>
    <message>
        <source>Export all breaks and check-ins as CSV or JSON</source>
        <translation>すべての休憩と体調チェックを CSV または JSON で書き出す</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>レポート…</translation>
    </message>
    <message>
        <source>Save a one-page PDF report of the range shown</source>
        <translation>表示中の期間の 1 ページの PDF レポートを保存する</translation>
    </message>
    <message>
        <source>Views of the range</source>
        <translation>期間の表示</translation>
    </message>
    <message>
        <source>&amp;Over time</source>
        <translation>推移(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xercises and areas</source>
        <translation>エクササイズと部位(&amp;X)</translation>
    </message>
    <message>
        <source>Check-ins, newest first</source>
        <translation>体調チェック（新しい順）</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>体調チェック(&amp;C)</translation>
    </message>
    <message>
        <source>Breaks in the range, newest first</source>
        <translation>期間内の休憩（新しい順）</translation>
    </message>
    <message>
        <source>Columns of the breaks</source>
        <translation>休憩の列</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>休憩(&amp;B)</translation>
    </message>
    <message>
        <source>Breaks over the range, with stiffness</source>
        <translation>期間内の休憩とこわばり</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>よく行ったエクササイズ</translation>
    </message>
    <message>
        <source>Exercises done least</source>
        <translation>あまり行っていないエクササイズ</translation>
    </message>
    <message>
        <source>Done most</source>
        <translation>よく行った</translation>
    </message>
    <message>
        <source>Done least</source>
        <translation>あまり行っていない</translation>
    </message>
    <message>
        <source>When you take your first break, this window shows how your days go: breaks per day, your streak, and the exercises you do most.

You can take one now from the tray menu: Take a break now. Or bring your history from another computer with Import….</source>
        <translation>最初の休憩をとると、このウィンドウに毎日の様子が表示されます：1 日の休憩数、連続記録、よく行うエクササイズ。

今すぐトレイのメニューから休憩できます：今すぐ休憩する。または、取り込み… で別のコンピューターから履歴を持ってこられます。</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>1 日の休憩</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>1 週間の休憩</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>1 か月の休憩</translation>
    </message>
    <message>
        <source>goal {0} a day (dashed); </source>
        <translation>目標 1 日 {0} 回（破線）、</translation>
    </message>
    <message>
        <source>: done, ended early (paler), put off (grey); </source>
        <translation>：完了、途中で終了（薄い色）、先送り（灰色）、</translation>
    </message>
    <message>
        <source>stiffness 0–10 (orange); ▲ a warning sign</source>
        <translation>こわばり 0–10（オレンジ）、▲ 危険なサイン</translation>
    </message>
    <message>
        <source>Export breaks and check-ins</source>
        <translation>休憩と体調チェックを書き出す</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json</source>
        <translation>{0} から形式を判断できません。ファイル名を .csv か .json で終えてください</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>休憩 {0} 件と体調チェック {1} 件を {2} に書き出しました</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>{0} を取り込み中…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins</source>
        <translation>休憩と体調チェックを取り込む</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>書き出したファイル (*.csv *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <translation>追加 {0} 件、既存 {1} 件</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>体調チェック：追加 {0} 件、既存 {1} 件</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>{0} を取り込みました</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>取り込みが完了しました</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>何も取り込まれませんでした</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>取り込みに失敗しました</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>レポートは保存されませんでした</translation>
    </message>
    <message>
        <source>Report saved: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</source>
        <translation>レポートを保存しました：&lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>{0} を書き込めませんでした：{1}</translation>
    </message>
    <message>
        <source>No breaks yet</source>
        <translation>まだ休憩はありません</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>まだありません</translation>
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
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <extracomment>As the command line: records per transaction, and the pause between two.</extracomment>
        <translation>休憩の記録は今は使えません：{0}</translation>
    </message>
</context>
<context>
    <name>HurtDialog</name>
    <message>
        <source>Pause exercise breaks</source>
        <translation>エクササイズ休憩を一時停止</translation>
    </message>
    <message>
        <source>Pause exercise breaks until it is better</source>
        <translation>良くなるまでエクササイズ休憩を一時停止する</translation>
    </message>
    <message>
        <source>Keep them on</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Keep exercise breaks on</source>
        <translation>エクササイズ休憩を続ける</translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <source>It comes early: the camera has seen a slouch for a while ({0}). Its exercise answers that.</source>
        <translation>早めの休憩です：カメラがしばらく猫背の姿勢を捉えました（{0}）。この休憩のエクササイズがそれを和らげます。</translation>
    </message>
    <message>
        <source>postureapp — break coming</source>
        <translation>postureapp — まもなく休憩</translation>
    </message>
    <message>
        <source>A long break</source>
        <translation>長い休憩</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>短い休憩</translation>
    </message>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>Break coming</source>
        <translation>まもなく休憩</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>考えをまとめましょう。カウントダウンが終わると休憩が始まります。</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>今すぐ始める</translation>
    </message>
    <message>
        <source>Start the break now</source>
        <translation>今すぐ休憩を始める</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>{0} 分後</translation>
    </message>
    <message>
        <source>Postpone the break by {0} minutes</source>
        <translation>休憩を {0} 分延ばす</translation>
    </message>
    <message>
        <source>It cannot be postponed again.</source>
        <translation>これ以上は延ばせません。</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{1} 秒後に{0}</translation>
    </message>
</context>
<context>
    <name>PoseCanvas</name>
    <message>
        <source>Figure to pose</source>
        <extracomment>How near (in pixels) a press must be to a handle to take it. How far (in cm of the figure) an arrow key moves the selected handle. The handles&apos; names as a person reads them.</extracomment>
        <translation>ポーズを付ける人形</translation>
    </message>
    <message>
        <source>Drag a round handle to move that part; arrow keys move the chosen one</source>
        <translation>丸いハンドルをドラッグするとその部分が動きます。矢印キーで選んだハンドルを動かせます</translation>
    </message>
</context>
<context>
    <name>PoseEditor</name>
    <message>
        <source>Start from</source>
        <extracomment>A new picture starts as this spec with the chosen posture.</extracomment>
        <translation>開始の形</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>開始の形…</translation>
    </message>
    <message>
        <source>Begin with a posture, or a copy of a built-in picture</source>
        <translation>姿勢か、組み込みの絵のコピーから始めます</translation>
    </message>
    <message>
        <source>View</source>
        <translation>視点</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>アップ</translation>
    </message>
    <message>
        <source>Show the body from the hips up, for small movements</source>
        <translation>小さな動き用に、腰から上を表示します</translation>
    </message>
    <message>
        <source>Start pose</source>
        <translation>開始ポーズ</translation>
    </message>
    <message>
        <source>End pose</source>
        <translation>終了ポーズ</translation>
    </message>
    <message>
        <source>Pose the figure as the step begins</source>
        <translation>ステップの始まりの形にします</translation>
    </message>
    <message>
        <source>Pose the figure as the movement ends</source>
        <translation>動きの終わりの形にします</translation>
    </message>
    <message>
        <source>Copy the other pose</source>
        <translation>もう一方のポーズをコピー</translation>
    </message>
    <message>
        <source>Make this pose the same as the other one</source>
        <translation>このポーズをもう一方と同じにします</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 再生</translation>
    </message>
    <message>
        <source>Play the movement</source>
        <translation>動きを再生します</translation>
    </message>
    <message>
        <source>The movement, as in a break</source>
        <translation>休憩のときと同じ動き</translation>
    </message>
    <message>
        <source>Click to pose again</source>
        <translation>クリックするとポーズ編集に戻ります</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>姿勢</translation>
    </message>
    <message>
        <source>Part of the body</source>
        <translation>体の部分</translation>
    </message>
    <message>
        <source>Both sides alike</source>
        <translation>左右を同じに</translation>
    </message>
    <message>
        <source>Set the same angles on the left and the right</source>
        <translation>左右に同じ角度を設定します</translation>
    </message>
    <message>
        <source>Reset this part</source>
        <translation>この部分を元に戻す</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>矢印</translation>
    </message>
    <message>
        <source>No arrow</source>
        <translation>矢印なし</translation>
    </message>
    <message>
        <source>An arrow beside the path of this point</source>
        <translation>この点の動きに沿った矢印</translation>
    </message>
    <message>
        <source>Arrow along</source>
        <translation>矢印の位置</translation>
    </message>
    <message>
        <source>Pick End pose and drag a round handle to where the movement ends (or choose a part and set its angles); Play shows the movement as a break will.</source>
        <translation>「終了ポーズ」を選び、丸いハンドルを動きの終わる位置までドラッグします（または部分を選んで角度を設定）。「再生」で休憩と同じ動きを確認できます。</translation>
    </message>
</context>
<context>
    <name>PostureApp</name>
    <message>
        <source>The break log was damaged. It was kept as {0}, and a new one was started.</source>
        <extracomment>How long to wait at start-up for a tray host that starts after us; longer at login, where the panel often comes up a little after the autostart entries.</extracomment>
        <translation>休憩の記録が壊れていました。{0} として保管し、新しい記録を始めました。</translation>
    </message>
    <message>
        <source>Starting at login could not be switched on: {0}</source>
        <translation>ログイン時の起動をオンにできませんでした：{0}</translation>
    </message>
    <message>
        <source>Starting at login could not be switched off: {0}</source>
        <translation>ログイン時の起動をオフにできませんでした：{0}</translation>
    </message>
</context>
<context>
    <name>PosturePanel</name>
    <message>
        <source>When this is on, postureapp switches the camera on a few times a minute, for about a second, and reads from one picture where your ears and shoulders are. The picture is dropped at once; no picture is ever kept or sent, and nothing leaves this computer. What is kept are numbers: how you sit when upright, and each day&apos;s time upright and slouched. While the camera is on, the tray icon shows a red dot. The camera is not used while another program uses it or the microphone.</source>
        <translation>オンにすると、postureapp は1分間に数回、約1秒だけカメラをオンにし、1枚の画像から耳と肩の位置を読み取ります。画像はすぐに破棄され、保存や送信されることは一切なく、このコンピューターから何も出ていきません。保存されるのは数値だけです：背筋を伸ばしたときの座り方と、毎日の良い姿勢と猫背の時間。カメラがオンの間、トレイのアイコンに赤い点が表示されます。ほかのプログラムがカメラやマイクを使っている間は、カメラを使いません。</translation>
    </message>
    <message>
        <source>● The camera is on</source>
        <translation>● カメラがオンです</translation>
    </message>
    <message>
        <source>The camera is on</source>
        <translation>カメラがオンです</translation>
    </message>
    <message>
        <source>Calibrate: sit tall for a few seconds</source>
        <translation>調整：数秒間背筋を伸ばして座る</translation>
    </message>
    <message>
        <source>Sit tall, facing the screen, shoulders relaxed, and keep still for a moment…</source>
        <translation>画面に向かって背筋を伸ばし、肩の力を抜いて、少しの間じっとしてください…</translation>
    </message>
    <message>
        <source>Recalibrate: sit tall for a few seconds</source>
        <translation>再調整：数秒間背筋を伸ばして座る</translation>
    </message>
    <message>
        <source>Switch posture sensing on below to calibrate.</source>
        <translation>調整するには、下で姿勢の検出をオンにしてください。</translation>
    </message>
    <message>
        <source>The camera could not be read: {0}</source>
        <translation>カメラを読み取れませんでした：{0}</translation>
    </message>
    <message>
        <source>Calibrated. Recalibrate when you move the camera or chair.</source>
        <translation>調整済みです。カメラや椅子を動かしたら再調整してください。</translation>
    </message>
    <message>
        <source>Not calibrated yet: sit tall and press Calibrate, so slouches can be told.</source>
        <translation>まだ調整されていません：背筋を伸ばして「調整」を押すと、猫背を判別できるようになります。</translation>
    </message>
    <message>
        <source>Calibrated: this is your upright posture now.</source>
        <translation>調整しました：これが今のあなたの良い姿勢です。</translation>
    </message>
</context>
<context>
    <name>PostureWatch</name>
    <message>
        <source>Another program is using the camera or the microphone.</source>
        <extracomment>How many pictures a calibration takes (over about as many seconds). The day&apos;s figures are handed to the log at most this often (and at a new day, and at the end).</extracomment>
        <translation>ほかのプログラムがカメラかマイクを使っています。</translation>
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
        <translation>OK、このお知らせを閉じる</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>Range shown</source>
        <translation>表示する期間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>過去 3 か月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去 12 か月</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>表示する最初の日</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>表示する最後の日</translation>
    </message>
    <message>
        <source>Days in the range</source>
        <translation>期間の日数</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S)：</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} 日</translation>
    </message>
</context>
<context>
    <name>RecentBreaksModel</name>
    <message>
        <source>When</source>
        <extracomment>The role that gives the whole `BreakRow` of a table row, for views that need more than text.</extracomment>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>行った時間</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>開始のきっかけ</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短い</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>長い</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>途中で終了</translation>
    </message>
    <message>
        <source>Stopped: it hurt</source>
        <translation>中止：痛みあり</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>自然な休憩</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>This break is on screen now.</source>
        <translation>この休憩は今、画面に表示されています。</translation>
    </message>
    <message>
        <source>You did the whole break.</source>
        <translation>休憩を最後まで行いました。</translation>
    </message>
    <message>
        <source>You skipped this break.</source>
        <translation>この休憩をスキップしました。</translation>
    </message>
    <message>
        <source>You put this break off for a few minutes.</source>
        <translation>この休憩を数分延ばしました。</translation>
    </message>
    <message>
        <source>You ended it before the end; the minutes count, the break is not completed.</source>
        <translation>最後の前に終えました。時間は記録されますが、休憩は完了になりません。</translation>
    </message>
    <message>
        <source>You stopped because something hurt. If it keeps hurting, see a clinician.</source>
        <translation>痛みがあったため中止しました。痛みが続く場合は医師の診察を受けてください。</translation>
    </message>
    <message>
        <source>You were away from the computer long enough to rest.</source>
        <translation>十分に休めるだけの時間、コンピューターから離れていました。</translation>
    </message>
    <message>
        <source>The app stopped while this break was on screen.</source>
        <translation>この休憩の表示中にアプリが止まりました。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>決まった時刻</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>離席</translation>
    </message>
    <message>
        <source>Your posture</source>
        <translation>姿勢</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} 分</translation>
    </message>
    <message>
        <source>{0} min {1} s</source>
        <translation>{0} 分 {1} 秒</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>The break log {0} cannot be opened ({1}).</source>
        <extracomment>Seconds between two tries while the log refuses writes; the last one repeats. How long one write may wait for another writer&apos;s lock, on the GUI thread. Failed tries (about 8 s) before the user is told that outcomes are waiting. Errors that mean &quot;not now&quot;: retried. Anything else about a row is a bug, and it is dropped.</extracomment>
        <translation>休憩の記録 {0} を開けません（{1}）。</translation>
    </message>
    <message>
        <source>Breaks cannot be written to the log {0} ({1}).</source>
        <translation>休憩を記録 {0} に書き込めません（{1}）。</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in {1} until the log takes it.</source>
        <translation>{0} 休憩はこのまま続き、その内容は記録が受け付けるまで {1} に保管されます。</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in memory until the log takes it (the journal {1} cannot be written either: {2}), so it is lost if postureapp stops first.</source>
        <translation>{0} 休憩はこのまま続き、その内容は記録が受け付けるまでメモリーに保持されます（ジャーナル {1} にも書き込めません：{2}）。そのため、その前に postureapp が止まると失われます。</translation>
    </message>
    <message>
        <source>The journal of breaks waiting to be logged could not be read, so what it held was not logged. It is kept as {0}.</source>
        <translation>記録待ちの休憩のジャーナルを読み込めなかったため、その内容は記録されませんでした。{0} として保管しています。</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Breaks and check-ins: a report for your clinician</source>
        <extracomment>The charts are laid out as if the paper were a screen of this many dots per inch. Exercises listed under &quot;done most&quot;.</extracomment>
        <translation>休憩と体調チェック：医療者向けレポート</translation>
    </message>
    <message>
        <source>{0} to {1} ({2} days)</source>
        <translation>{0}～{1}（{2} 日間）</translation>
    </message>
    <message>
        <source>Made on {0} with postureapp {1}, from the breaks and check-ins it logged.</source>
        <translation>{0} に postureapp {1} で作成。記録された休憩と体調チェックに基づきます。</translation>
    </message>
    <message>
        <source>This is a self-report: what the user did and felt, as they logged it. It is not a diagnosis and not medical advice.</source>
        <translation>これは本人による自己申告です：本人が記録したとおりの行動と体感です。診断でも医学的な助言でもありません。</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>完了した休憩</translation>
    </message>
    <message>
        <source>of {0} reminders{1}</source>
        <translation>通知 {0} 件中{1}</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>途中で終了</translation>
    </message>
    <message>
        <source>{0} because it hurt</source>
        <translation>うち痛みのため {0} 件</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>スキップまたはスヌーズ</translation>
    </message>
    <message>
        <source>reminders put off</source>
        <translation>先送りした通知</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>運動時間</translation>
    </message>
    <message>
        <source>{0} a day</source>
        <translation>1 日 {0}</translation>
    </message>
    <message>
        <source>Stiffness 0–10</source>
        <translation>こわばり 0–10</translation>
    </message>
    <message>
        <source>first and last week rated</source>
        <translation>評価した最初と最後の週</translation>
    </message>
    <message>
        <source>too few ratings</source>
        <translation>評価が少なすぎます</translation>
    </message>
    <message>
        <source>Days with a warning sign</source>
        <translation>危険なサインがあった日</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>…, {0}</source>
        <translation>…、{0}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>1 日の休憩</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>1 週間の休憩</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>1 か月の休憩</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>途中で終了</translation>
    </message>
    <message>
        <source>skipped or snoozed</source>
        <translation>スキップまたはスヌーズ</translation>
    </message>
    <message>
        <source>goal: {0} a day</source>
        <translation>目標：1 日 {0} 回</translation>
    </message>
    <message>
        <source>Stiffness from check-ins (0 none, 10 very stiff)</source>
        <translation>体調チェックのこわばり（0 なし、10 とても強い）</translation>
    </message>
    <message>
        <source>mean stiffness</source>
        <translation>こわばりの平均</translation>
    </message>
    <message>
        <source>warning sign reported</source>
        <translation>危険なサインの報告</translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation>この期間に体調チェックはありません。</translation>
    </message>
    <message>
        <source>Minutes by body area</source>
        <translation>体の部位別の時間（分）</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>よく行ったエクササイズ</translation>
    </message>
    <message>
        <source>No exercise time in this period.</source>
        <translation>この期間に運動時間はありません。</translation>
    </message>
    <message>
        <source>An exercise counts for every area it works; a break&apos;s time is shared by its exercises.</source>
        <translation>エクササイズは動かすすべての部位に数えます。休憩の時間はその中のエクササイズで分けます。</translation>
    </message>
    <message>
        <source>Self-reported with postureapp. Not a diagnosis. Page 1 of 1.</source>
        <translation>postureapp による自己申告。診断ではありません。1 / 1 ページ。</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>途中</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>None done in this period.</source>
        <translation>この期間に行ったものはありません。</translation>
    </message>
    <message>
        <source>Notes from check-ins (newest first)</source>
        <translation>体調チェックのメモ（新しい順）</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>この期間にメモはありません。</translation>
    </message>
    <message>
        <source>1 more note is in the app and its export.</source>
        <translation>残りのメモ 1 件はアプリとその書き出しにあります。</translation>
    </message>
    <message>
        <source>{0} more notes are in the app and its export.</source>
        <translation>残りのメモ {0} 件はアプリとその書き出しにあります。</translation>
    </message>
    <message>
        <source>… ({0} more words in the app)</source>
        <translation>…(続きの {0} 語はアプリにあります)</translation>
    </message>
</context>
<context>
    <name>Sensing</name>
    <message>
        <source>Switch posture sensing on first.</source>
        <translation>先に姿勢の検出をオンにしてください。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Create or edit your own exercises…</source>
        <translation>自分のエクササイズを作成・編集…</translation>
    </message>
    <message>
        <source>Create or edit your own exercises</source>
        <translation>自分のエクササイズを作成・編集</translation>
    </message>
    <message>
        <source>postureapp — Settings</source>
        <translation>postureapp — 設定</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>初期値に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>休憩(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>スケジュール(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>エクササイズ(&amp;X)</translation>
    </message>
    <message>
        <source>Be&amp;haviour</source>
        <translation>動作(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>カメラ(&amp;C)</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>短い休憩</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>長い休憩</translation>
    </message>
    <message>
        <source>Notice and snooze</source>
        <translation>予告とスヌーズ</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>勤務時間</translation>
    </message>
    <message>
        <source>Breaks at fixed times</source>
        <translation>決まった時刻の休憩</translation>
    </message>
    <message>
        <source>Hold a break while busy</source>
        <translation>手が離せないときは休憩を待たせる</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>What exercises may ask for</source>
        <translation>エクササイズに必要なもの</translation>
    </message>
    <message>
        <source>Each exercise</source>
        <translation>各エクササイズ</translation>
    </message>
    <message>
        <source>none — e.g. 09:00-12:30, 13:30-17:30</source>
        <translation>なし — 例：09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>none — e.g. 11:00, 15:30</source>
        <translation>なし — 例：11:00, 15:30</translation>
    </message>
    <message>
        <source>the usual folder</source>
        <translation>いつものフォルダー</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Browse for {0}</source>
        <translation>{0} を参照</translation>
    </message>
    <message>
        <source>Could not change this: {0}</source>
        <translation>変更できませんでした：{0}</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>初期値に戻す</translation>
    </message>
    <message>
        <source>Put every setting back to its default value? Cancel will still bring back the settings you had before.</source>
        <translation>すべての設定を初期値に戻しますか？ 「キャンセル」を押せば、元の設定に戻せます。</translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <source>Your settings could not be saved: {0}</source>
        <translation>設定を保存できませんでした：{0}</translation>
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
        <translation>● カメラがオンです</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>次の休憩</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety; breaks only remind you to move.</source>
        <translation>安全のためエクササイズ休憩は一時停止中です。休憩では体を動かすことだけをお知らせします。</translation>
    </message>
    <message>
        <source>Pause for</source>
        <translation>一時停止の長さ</translation>
    </message>
    <message>
        <source>Closing it hides it; run postureapp again to bring it back.</source>
        <translation>閉じると非表示になります。もう一度 postureapp を実行すると戻ります。</translation>
    </message>
    <message>
        <source>Closing it only minimises it; use Quit to stop the app.</source>
        <translation>閉じても最小化されるだけです。アプリを止めるには「終了」を使ってください。</translation>
    </message>
    <message>
        <source>No system tray shows postureapp&apos;s icon, so it runs from this window.</source>
        <translation>postureapp のアイコンを表示するシステムトレイがないため、このウィンドウから使います。</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>No breathing cue</source>
        <translation>呼吸の合図なし</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>息を吸う</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>息を吐く</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>ゆっくり呼吸</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>すること</translation>
    </message>
    <message>
        <source>In a line or two, e.g. “Breathing out, turn your chest to the right. Hold.”</source>
        <translation>1～2行で。例：「息を吐きながら胸を右へ回します。そのまま保ちます。」</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long, in seconds</source>
        <translation>長さ（秒）</translation>
    </message>
    <message>
        <source>Breathing cue</source>
        <translation>呼吸の合図</translation>
    </message>
    <message>
        <source>Posed figure</source>
        <translation>ポーズを付けた人形</translation>
    </message>
    <message>
        <source>My own picture</source>
        <translation>自分の画像</translation>
    </message>
    <message>
        <source>Mirror it for the left side</source>
        <translation>左側では左右反転する</translation>
    </message>
    <message>
        <source>Untick for a picture with writing in it, which must not be mirrored</source>
        <translation>文字が入った画像は反転してはいけないので、チェックを外してください</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>画像を選ぶ…</translation>
    </message>
    <message>
        <source>No picture chosen yet.</source>
        <translation>まだ画像を選んでいません。</translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation>自分の画像</translation>
    </message>
    <message>
        <source>SVG, PNG, JPEG or GIF (a GIF may move), up to 5 MB. It is copied into your exercises folder.</source>
        <translation>SVG、PNG、JPEG、GIF（GIFは動いても可）、5 MB まで。エクササイズのフォルダーにコピーされます。</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>すること(&amp;W)</translation>
    </message>
    <message>
        <source>How &amp;long</source>
        <translation>長さ(&amp;L)</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>画像を選ぶ</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>画像 ({0})</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>{0}: details</source>
        <translation>{0}：詳細</translation>
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>途中で終了</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>スキップまたはスヌーズ</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Exercises no longer in the library</source>
        <extracomment>The role the table sorts by: numbers as numbers. The chart shows this many rows at most (the table has them all).</extracomment>
        <translation>ライブラリにもうないエクササイズ</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>途中</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>痛み</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Minutes exercised (a break&apos;s time shared by its exercises)</source>
        <translation>運動した分数（休憩の時間をその中のエクササイズで分けた値）</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>完了した休憩</translation>
    </message>
    <message>
        <source>Breaks ended early with Done</source>
        <translation>「完了」で途中で終えた休憩</translation>
    </message>
    <message>
        <source>Breaks stopped with &apos;This hurts — stop&apos;</source>
        <translation>「痛い — 中止」で中止した休憩</translation>
    </message>
    <message>
        <source>Breaks skipped</source>
        <translation>スキップした休憩</translation>
    </message>
    <message>
        <source>Breaks snoozed</source>
        <translation>スヌーズした休憩</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>● The camera is on</source>
        <extracomment>Changes from the hosts come in bursts (a watcher, then its host); act once they settle. After making an icon, look again whether the host took it.</extracomment>
        <translation>● カメラがオンです</translation>
    </message>
</context>
<context>
    <name>WarningPauseDialog</name>
    <message>
        <source>I have checked this with a clinician, or it has passed</source>
        <translation>医師に確認した、または症状が治まった</translation>
    </message>
    <message>
        <source>Confirm it is safe to resume</source>
        <translation>再開しても安全であることを確認する</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>エクササイズ休憩を再開</translation>
    </message>
    <message>
        <source>Keep paused</source>
        <translation>一時停止のままにする</translation>
    </message>
    <message>
        <source>Keep exercise breaks paused</source>
        <translation>エクササイズ休憩を一時停止のままにする</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>About postureapp and safety</source>
        <translation>postureapp と安全について</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>関節の音について</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>わかりました</translation>
    </message>
    <message>
        <source>Got it, close this window</source>
        <translation>わかりました、このウィンドウを閉じる</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back to safety information</source>
        <translation>安全についての情報に戻る</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>Our own formats, when the system lacks the user&apos;s locale and we ship its language. argparse&apos;s own words (it looks them up through `argparse._`), marked here for lupdate.</extracomment>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：エラー：%(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>次の引数のいずれかが必要です：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無効な選択：%(value)r（%(choices)s から選んでください）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無効な %(type)s の値：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>引数が 1 つ必要です</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>引数は多くても 1 つです</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>引数が 1 つ以上必要です</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>あいまいなオプション：%(option)s は %(matches)s のどれにも当てはまります</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と一緒には使えません</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>明示的な引数 %r を無視しました</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; を開けません：%(error)s</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation>{0} を読み取れません: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>{0} に書き込めません: {1}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>{0} を削除できません: {1}</translation>
    </message>
    <message>
        <source>cannot read the desktop entry template {0}: {1}</source>
        <translation>デスクトップエントリーのひな形 {0} を読み取れません: {1}</translation>
    </message>
</context>
<context>
    <name>calendars</name>
    <message>
        <source>calendar support is not installed; install it with: pip install &apos;postureapp[calendars]&apos;</source>
        <extracomment>The busy times kept: from a day back (a meeting that began yesterday evening) to 8 days on, as far as the planner looks ahead. Said when the calendar libraries (the `calendars` extra) are not installed (translated where it is shown, in the &quot;calendars&quot; context).</extracomment>
        <translation>カレンダー機能がインストールされていません。次のコマンドでインストールしてください：pip install &apos;postureapp[calendars]&apos;</translation>
    </message>
    <message>
        <source>the name {0} must be 1 to 40 letters, digits, spaces, dots, - or _</source>
        <translation>名前 {0} は 1〜40 文字の英字、数字、空白、ピリオド、- または _ にしてください</translation>
    </message>
    <message>
        <source>{0}: the kind must be one of {1}, got {2}</source>
        <translation>{0}: 種類は {1} のいずれかにしてください（指定: {2}）</translation>
    </message>
    <message>
        <source>{0}: needs a location (a path or an address)</source>
        <translation>{0}: 場所（パスまたはアドレス）が必要です</translation>
    </message>
    <message>
        <source>{0}: the user must be text</source>
        <translation>{0}: ユーザーはテキストにしてください</translation>
    </message>
    <message>
        <source>{0}: {1} is not an absolute path</source>
        <translation>{0}: {1} は絶対パスではありません</translation>
    </message>
    <message>
        <source>{0}: only a CalDAV account has a user</source>
        <translation>{0}: ユーザーがあるのは CalDAV アカウントだけです</translation>
    </message>
    <message>
        <source>{0}: {1} is not an http(s) address</source>
        <translation>{0}: {1} は http(s) のアドレスではありません</translation>
    </message>
    <message>
        <source>{0}: the address holds a password; give the user with --user instead, and the password goes to the keyring</source>
        <translation>{0}: アドレスにパスワードが含まれています。ユーザーは --user で指定してください。パスワードはキーリングに保管します</translation>
    </message>
    <message>
        <source>two calendars are named {0} (or nearly)</source>
        <translation>{0}（またはほぼ同じ名前）のカレンダーが 2 つあります</translation>
    </message>
    <message>
        <source>it is larger than {0} MB</source>
        <translation>{0} MB を超えています</translation>
    </message>
    <message>
        <source>part {0} is not iCalendar data</source>
        <translation>パート {0} は iCalendar のデータではありません</translation>
    </message>
    <message>
        <source>it has more than {0} events in a week</source>
        <translation>1 週間の予定が {0} 件を超えています</translation>
    </message>
    <message>
        <source>{0} refused the user name or password</source>
        <translation>{0} がユーザー名またはパスワードを拒否しました</translation>
    </message>
    <message>
        <source>{0} did not answer as a CalDAV server</source>
        <translation>{0} は CalDAV サーバーとして応答しませんでした</translation>
    </message>
    <message>
        <source>the server refused the connection (is it running?)</source>
        <extracomment>What the network libraries say, and what the user reads instead.</extracomment>
        <translation>サーバーが接続を拒否しました（動いていますか？）</translation>
    </message>
    <message>
        <source>the server name is not known</source>
        <translation>サーバー名が見つかりません</translation>
    </message>
    <message>
        <source>the server name could not be looked up (offline?)</source>
        <translation>サーバー名を調べられませんでした（オフラインですか？）</translation>
    </message>
    <message>
        <source>the network is unreachable (offline?)</source>
        <translation>ネットワークに接続できません（オフラインですか？）</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified</source>
        <translation>サーバーの証明書を検証できませんでした</translation>
    </message>
    <message>
        <source>a network error ({0})</source>
        <translation>ネットワークのエラー（{0}）</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>{0} を読み取れませんでした: {1}</translation>
    </message>
    <message>
        <source>{0} holds more than {1} .ics files</source>
        <extracomment>A folder with more calendar files than this is probably not the folder meant.</extracomment>
        <translation>{0} には .ics ファイルが {1} 個を超えてあります</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} は存在しません</translation>
    </message>
    <message>
        <source>{0} holds more than {1} MB</source>
        <translation>{0} は {1} MB を超えています</translation>
    </message>
    <message>
        <source>no keyring is available to keep the password of {0} (install and unlock GNOME Keyring or KWallet), so this CalDAV account cannot be read; a calendar file or an iCalendar web address works without one</source>
        <translation>{0} のパスワードを保管するキーリングがありません（GNOME Keyring か KWallet をインストールしてロックを解除してください）。そのため、この CalDAV アカウントは読み取れません。カレンダーファイルや iCalendar のウェブアドレスはキーリングなしで使えます</translation>
    </message>
    <message>
        <source>the keyring could not give the password of {0} (is it locked?)</source>
        <translation>キーリングから {0} のパスワードを取り出せませんでした（ロックされていますか？）</translation>
    </message>
    <message>
        <source>no password for {0} in the keyring; add it again with postureapp calendar add (or in Settings)</source>
        <translation>キーリングに {0} のパスワードがありません。postureapp calendar add（または設定）でもう一度追加してください</translation>
    </message>
    <message>
        <source>the keyring refused the password of {0}</source>
        <translation>キーリングが {0} のパスワードを受け付けませんでした</translation>
    </message>
    <message>
        <source>{0} answered with the HTTP error {1}</source>
        <translation>{0} が HTTP エラー {1} を返しました</translation>
    </message>
    <message>
        <source>{0} sent more than {1} MB</source>
        <translation>{0} から {1} MB を超えるデータが送られてきました</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>The posture model is not available for Python {0} (it needs 3.11 or 3.12), so posture sensing cannot be used with this installation.</source>
        <extracomment>The model ships inside these mediapipe releases only (later ones download it at run time). The newest Python those releases have wheels for.</extracomment>
        <translation>姿勢モデルは Python {0} では使えません（3.11 か 3.12 が必要です）。そのため、このインストールでは姿勢の検出を使えません。</translation>
    </message>
    <message>
        <source>The camera extra is not installed. Install it with: pip install &apos;postureapp[camera]&apos; (about 1 GB), then restart postureapp.</source>
        <translation>カメラの追加機能がインストールされていません。pip install &apos;postureapp[camera]&apos;（約1 GB）でインストールし、postureapp を再起動してください。</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <extracomment>A camera&apos;s first frames are dark or blurred while its exposure settles. Without a picture this long after switching on, the camera counts as not working.</extracomment>
        <translation>カメラが見つかりませんでした。</translation>
    </message>
    <message>
        <source>No video at {0}.</source>
        <translation>{0} に動画がありません。</translation>
    </message>
    <message>
        <source>The camera is busy.</source>
        <translation>カメラは使用中です。</translation>
    </message>
    <message>
        <source>The camera gave no picture.</source>
        <translation>カメラから画像が得られませんでした。</translation>
    </message>
    <message>
        <source>The posture model failed: {0}</source>
        <extracomment>Seconds between the pictures of one read (a calibration takes several).</extracomment>
        <translation>姿勢モデルが失敗しました：{0}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A system-tray reminder for short upper-back mobility breaks. Without a command it starts the app (or shows the one already running).</source>
        <translation>背中の上部のための短い運動休憩を知らせる、システムトレイのリマインダーです。コマンドなしで実行するとアプリを起動します（すでに動いていればそれを表示します）。</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 not done (not running, refused, or problems found); 2 cannot run as given (wrong arguments, a missing file, no display).</source>
        <translation>終了コード：0 完了、1 未完了（起動していない、拒否された、問題が見つかった）、2 この指定では実行できない（引数の誤り、ファイルがない、ディスプレイがない）。</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>バージョンを表示して終了</translation>
    </message>
    <message>
        <source>started at login: wait longer for the system tray to appear</source>
        <translation>ログイン時に起動：システムトレイの表示を長めに待つ</translation>
    </message>
    <message>
        <source>postureapp: no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from a desktop session.</source>
        <translation>postureapp：ディスプレイが見つかりません（DISPLAY と WAYLAND_DISPLAY が設定されていません）。デスクトップのセッションから起動してください。</translation>
    </message>
    <message>
        <source>postureapp is already running; its window was brought up.</source>
        <translation>postureapp はすでに動いています。ウィンドウを前面に表示しました。</translation>
    </message>
    <message>
        <source>calendars whose events hold breaks</source>
        <translation>予定で休憩を待たせるカレンダー</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Files and folders of .ics files, iCalendar web addresses, CalDAV accounts.</source>
        <translation>予定で休憩を待たせるカレンダー：予定が入っている間とその直前には休憩しません。.ics ファイルやそのフォルダー、iCalendar の Web アドレス、CalDAV アカウントが使えます。</translation>
    </message>
    <message>
        <source>add a calendar</source>
        <translation>カレンダーを追加</translation>
    </message>
    <message>
        <source>Add a calendar.</source>
        <translation>カレンダーを追加します。</translation>
    </message>
    <message>
        <source>a short name, e.g. work</source>
        <translation>短い名前（例：work）</translation>
    </message>
    <message>
        <source>a .ics file or folder, an http(s) or webcal address</source>
        <translation>.ics ファイルまたはフォルダー、http(s) または webcal のアドレス</translation>
    </message>
    <message>
        <source>the address is a CalDAV account or calendar</source>
        <translation>アドレスは CalDAV アカウントまたはカレンダー</translation>
    </message>
    <message>
        <source>the CalDAV user name (asks for the password)</source>
        <translation>CalDAV のユーザー名（パスワードを尋ねます）</translation>
    </message>
    <message>
        <source>read the CalDAV password from standard input</source>
        <translation>CalDAV のパスワードを標準入力から読み込む</translation>
    </message>
    <message>
        <source>list the calendars</source>
        <translation>カレンダーを一覧表示</translation>
    </message>
    <message>
        <source>remove a calendar (and its stored password)</source>
        <translation>カレンダーを削除（保存したパスワードも）</translation>
    </message>
    <message>
        <source>read the calendars now and say what they hold</source>
        <translation>今すぐカレンダーを読み込み、内容を表示</translation>
    </message>
    <message>
        <source>only this calendar</source>
        <translation>このカレンダーだけ</translation>
    </message>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}：ファイル {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}：Web アドレス {1}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation>{0}：CalDAV {1}（ユーザー {2}）</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation>{0}：CalDAV {1}</translation>
    </message>
    <message>
        <source>Password for {0} (kept in your keyring): </source>
        <translation>{0} のパスワード（キーリングに保管されます）: </translation>
    </message>
    <message>
        <source>give the password with --password-stdin</source>
        <translation>--password-stdin でパスワードを渡してください</translation>
    </message>
    <message>
        <source>{0} (remove it first, or pick another name)</source>
        <translation>{0}（先に削除するか、別の名前を選んでください）</translation>
    </message>
    <message>
        <source>Added {0}. Check it with: postureapp calendar test {1}</source>
        <translation>{0} を追加しました。確認するには：postureapp calendar test {1}</translation>
    </message>
    <message>
        <source>Note: {0}.</source>
        <translation>注意：{0}。</translation>
    </message>
    <message>
        <source>Note: {0} does not exist (yet); it holds nothing until it does.</source>
        <translation>注意：{0} は（まだ）ありません。できるまでは何も入っていません。</translation>
    </message>
    <message>
        <source>No calendars. Add one with: postureapp calendar add NAME FILE-OR-ADDRESS</source>
        <translation>カレンダーはありません。追加するには：postureapp calendar add 名前 ファイルまたはアドレス</translation>
    </message>
    <message>
        <source>(last read {0})</source>
        <translation>（最終読み込み {0}）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>no calendar is named {0} (there are: {1})</source>
        <translation>{0} という名前のカレンダーはありません（あるもの：{1}）</translation>
    </message>
    <message>
        <source>Removed {0}.</source>
        <translation>{0} を削除しました。</translation>
    </message>
    <message>
        <source>no calendar named {0}</source>
        <translation>{0} という名前のカレンダーはありません</translation>
    </message>
    <message>
        <source>no calendar yet</source>
        <translation>カレンダーはまだありません</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}; the copy from {2} is used</source>
        <translation>{0}：読み込めませんでした：{1}。{2} のコピーを使います</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}</source>
        <translation>{0}：読み込めませんでした：{1}</translation>
    </message>
    <message>
        <source>{0}: {1} busy event(s) in the next 8 days, read in {2} s</source>
        <translation>{0}：今後 8 日間の予定 {1} 件、読み込み {2} 秒</translation>
    </message>
    <message>
        <source>; next: {0}</source>
        <translation>。次の予定：{0}</translation>
    </message>
    <message>
        <source>show or change settings</source>
        <translation>設定を表示または変更</translation>
    </message>
    <message>
        <source>Show or change the settings file; the running app picks changes up.</source>
        <translation>設定ファイルを表示または変更します。動いているアプリは変更を読み込みます。</translation>
    </message>
    <message>
        <source>print where the settings file is</source>
        <translation>設定ファイルの場所を表示</translation>
    </message>
    <message>
        <source>list every setting, marking the ones changed from the default</source>
        <translation>すべての設定を一覧表示（初期値から変えたものに印を付けます）</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>1 つの設定の値を表示</translation>
    </message>
    <message>
        <source>change one setting</source>
        <translation>1 つの設定を変更</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>例：{0}</translation>
    </message>
    <message>
        <source>put one setting, or all of them, back to the default</source>
        <translation>1 つの設定、またはすべてを初期値に戻す</translation>
    </message>
    <message>
        <source>the setting to reset; all of them when left out</source>
        <translation>初期値に戻す設定（省略するとすべて）</translation>
    </message>
    <message>
        <source>changed; default {0}</source>
        <translation>変更済み、初期値は {0}</translation>
    </message>
    <message>
        <source>Every setting already has its default value.</source>
        <translation>すべての設定はすでに初期値です。</translation>
    </message>
    <message>
        <source>The old settings are kept in {0}</source>
        <translation>以前の設定は {0} に保管しています</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更するものはありません。</translation>
    </message>
    <message>
        <source>the setting is saved, but {0}</source>
        <translation>設定は保存しましたが、{0}</translation>
    </message>
    <message>
        <source>{0} is left unchanged (see above)</source>
        <translation>{0} は変更していません（上を参照）</translation>
    </message>
    <message>
        <source>add postureapp and its icon to the application menu (Linux)</source>
        <extracomment>The AppStream component id: the metainfo file&apos;s name and the Flatpak app id (packaging/).</extracomment>
        <translation>postureapp とそのアイコンをアプリケーションメニューに追加（Linux）</translation>
    </message>
    <message>
        <source>take postureapp and its icon out of the application menu (Linux)</source>
        <translation>postureapp とそのアイコンをアプリケーションメニューから削除（Linux）</translation>
    </message>
    <message>
        <source>start postureapp when you log in: on, off or status</source>
        <translation>ログイン時に postureapp を起動：on、off、status</translation>
    </message>
    <message>
        <source>switch it on or off, or say which it is</source>
        <translation>オンまたはオフにする、または現在の状態を表示</translation>
    </message>
    <message>
        <source>the entry is switched, but the setting is not: {0}</source>
        <translation>エントリーは切り替えましたが、設定は変更できませんでした：{0}</translation>
    </message>
    <message>
        <source>desktop entries are a Linux feature; this system is {0}. Use `postureapp autostart on` to start at login.</source>
        <translation>デスクトップエントリーは Linux の機能です。このシステムは {0} です。ログイン時に起動するには `postureapp autostart on` を使ってください。</translation>
    </message>
    <message>
        <source>cannot read the icon {0}: {1}</source>
        <translation>アイコン {0} を読み込めません：{1}</translation>
    </message>
    <message>
        <source>cannot read the metainfo {0}: {1}</source>
        <translation>メタ情報 {0} を読み込めません：{1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>{0} に書き込めません：{1}</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>書き込みました：{0}</translation>
    </message>
    <message>
        <source>the icon ({0} files: scalable and fixed sizes) under {1}</source>
        <translation>アイコン（{0} 個のファイル：スケーラブルと固定サイズ）：{1}</translation>
    </message>
    <message>
        <source>Not there, nothing to remove: {0}</source>
        <translation>存在しないので削除するものはありません：{0}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>{0} を削除できません：{1}</translation>
    </message>
    <message>
        <source>Removed {0}</source>
        <translation>削除しました：{0}</translation>
    </message>
    <message>
        <source>No icon there, nothing to remove: {0}</source>
        <translation>アイコンがないので削除するものはありません：{0}</translation>
    </message>
    <message>
        <source>postureapp starts at login ({0}).</source>
        <translation>postureapp はログイン時に起動します（{0}）。</translation>
    </message>
    <message>
        <source>postureapp does not start at login.</source>
        <translation>postureapp はログイン時に起動しません。</translation>
    </message>
    <message>
        <source>list or validate exercise packs</source>
        <translation>エクササイズパックを一覧表示または検証</translation>
    </message>
    <message>
        <source>show every exercise the app will offer</source>
        <translation>アプリが提供するエクササイズをすべて表示</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>JSON ドキュメントを 1 つ出力</translation>
    </message>
    <message>
        <source>check an exercise file or a pack folder</source>
        <translation>エクササイズファイルまたはパックのフォルダーを検証</translation>
    </message>
    <message>
        <source>a .toml file or a folder</source>
        <translation>.toml ファイルまたはフォルダー</translation>
    </message>
    <message>
        <source>save exercises, with their pictures, as one pack file to share</source>
        <translation>エクササイズを画像ごと共有用の1つのパックファイルに保存する</translation>
    </message>
    <message>
        <source>the exercises (see `list`)</source>
        <translation>エクササイズ（`list` を参照）</translation>
    </message>
    <message>
        <source>add the exercises of a pack file to your own</source>
        <translation>パックファイルのエクササイズを自分のものに追加する</translation>
    </message>
    <message>
        <source>Add a pack&apos;s exercises to your custom folder. One whose id you already have is added beside yours under a new id, unless you say otherwise.</source>
        <translation>パックのエクササイズを自分のフォルダーに追加します。すでにあるIDのものは、指定がなければ新しいIDで並べて追加します。</translation>
    </message>
    <message>
        <source>a pack file</source>
        <translation>パックファイル</translation>
    </message>
    <message>
        <source>replace your exercises that have the same id</source>
        <translation>同じIDの自分のエクササイズを置き換える</translation>
    </message>
    <message>
        <source>leave out exercises whose id you have</source>
        <translation>すでにあるIDのエクササイズは読み込まない</translation>
    </message>
    <message>
        <source>built-in</source>
        <extracomment>Where an exercise came from, in words.</extracomment>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>姿勢</translation>
    </message>
    <message>
        <source>SUITS</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>由来</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>No exercises found.</source>
        <translation>エクササイズが見つかりません。</translation>
    </message>
    <message>
        <source>note: {0}</source>
        <translation>注意：{0}</translation>
    </message>
    <message>
        <source>problem: {0}</source>
        <translation>問題：{0}</translation>
    </message>
    <message>
        <source>{0}: no such file or folder</source>
        <translation>{0}：そのようなファイルまたはフォルダーはありません</translation>
    </message>
    <message>
        <source>{0} problem(s) in {1} file(s)</source>
        <translation>{1} 個のファイルに {0} 件の問題</translation>
    </message>
    <message>
        <source>OK: {0} exercise</source>
        <translation>OK：エクササイズ {0} 件</translation>
    </message>
    <message>
        <source>OK: {0} exercises</source>
        <translation>OK：エクササイズ {0} 件</translation>
    </message>
    <message>
        <source>no exercise with the id {0} (see `postureapp exercises list`)</source>
        <translation>ID が {0} のエクササイズはありません（`postureapp exercises list` を参照）</translation>
    </message>
    <message>
        <source>{0}: cannot write the pack ({1})</source>
        <translation>{0}：パックを書き込めません（{1}）</translation>
    </message>
    <message>
        <source>Saved 1 exercise to {0}</source>
        <translation>1 件のエクササイズを {0} に保存しました</translation>
    </message>
    <message>
        <source>Saved {0} exercises to {1}</source>
        <translation>{0} 件のエクササイズを {1} に保存しました</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}：ファイルがありません</translation>
    </message>
    <message>
        <source>{0}: not imported; nothing was written</source>
        <translation>{0}：読み込んでいません。何も書き込んでいません</translation>
    </message>
    <message>
        <source>{0}: cannot write there ({1})</source>
        <translation>{0}：そこに書き込めません（{1}）</translation>
    </message>
    <message>
        <source>Your exercises are in {0}</source>
        <translation>自分のエクササイズは {0} にあります</translation>
    </message>
    <message>
        <source>show break statistics</source>
        <translation>休憩の統計を表示</translation>
    </message>
    <message>
        <source>the days of a range ending today, as the history window&apos;s</source>
        <translation>今日で終わる期間の日々（履歴ウィンドウと同じ）</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>JSON オブジェクトを 1 つ出力</translation>
    </message>
    <message>
        <source>completed breaks a streak day needs (default: the {0} setting)</source>
        <translation>連続記録の 1 日に必要な完了した休憩の数（初期値：設定 {0}）</translation>
    </message>
    <message>
        <source>write the break log as CSV or JSON</source>
        <translation>休憩の記録を CSV または JSON で書き出す</translation>
    </message>
    <message>
        <source>default: the output file&apos;s extension (.csv or .json), else CSV</source>
        <translation>既定: 出力ファイルの拡張子 (.csv または .json)、それ以外は CSV</translation>
    </message>
    <message>
        <source>default: stdout</source>
        <translation>初期値：標準出力</translation>
    </message>
    <message>
        <source>merge a CSV or JSON export into the break log</source>
        <translation>CSV または JSON の書き出しを休憩の記録に取り込む</translation>
    </message>
    <message>
        <source>first local day, YYYY-MM-DD</source>
        <translation>最初の日（現地時間）、YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last local day, YYYY-MM-DD (included)</source>
        <translation>最後の日（現地時間）、YYYY-MM-DD（その日を含む）</translation>
    </message>
    <message>
        <source>{0}: expected a real date as YYYY-MM-DD, found {1}</source>
        <translation>{0}：YYYY-MM-DD 形式の実在する日付が必要ですが、{1} でした</translation>
    </message>
    <message>
        <source>--since ({0}) is after --until ({1})</source>
        <translation>--since（{0}）が --until（{1}）より後です</translation>
    </message>
    <message>
        <source>the break log was damaged; it was kept as {0} and a new one was started</source>
        <translation>休憩の記録が壊れていました。{0} として保管し、新しい記録を始めました</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <translation>休憩の記録は今は使えません：{0}</translation>
    </message>
    <message>
        <source>the break log {0} looks damaged ({1}); start postureapp to set it aside and begin a new one</source>
        <translation>休憩の記録 {0} が壊れているようです（{1}）。postureapp を起動すると、これを脇に置いて新しい記録を始めます</translation>
    </message>
    <message>
        <source>--last cannot be combined with --since or --until</source>
        <translation>--last は --since や --until と一緒に使えません</translation>
    </message>
    <message>
        <source>--streak-min: expected 1 or more, found {0}</source>
        <translation>--streak-min：1 以上が必要ですが、{0} でした</translation>
    </message>
    <message>
        <source>last {0} days</source>
        <translation>過去 {0} 日間</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0}～{1}</translation>
    </message>
    <message>
        <source>no breaks yet</source>
        <translation>まだ休憩はありません</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>完了率</translation>
    </message>
    <message>
        <source>streak</source>
        <translation>連続記録</translation>
    </message>
    <message>
        <source>exercised</source>
        <translation>運動した時間</translation>
    </message>
    <message>
        <source>most done</source>
        <translation>最も多い</translation>
    </message>
    <message>
        <source>least done</source>
        <translation>最も少ない</translation>
    </message>
    <message>
        <source>Breaks as of {0}</source>
        <translation>休憩（{0} 時点）</translation>
    </message>
    <message>
        <source>{0} (natural breaks not counted)</source>
        <translation>{0}（自然な休憩は数えません）</translation>
    </message>
    <message>
        <source>days now: {0}, best: {1} (a day counts with {2} or more completed breaks)</source>
        <translation>現在 {0} 日、最高 {1} 日（完了した休憩が {2} 回以上の日を数えます）</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} 分</translation>
    </message>
    <message>
        <source>completed per day, {0}:</source>
        <translation>1 日ごとの完了数、{0}：</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json, or give --format</source>
        <translation>{0} から形式を判断できません。ファイル名を .csv か .json で終えるか、--format を指定してください</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>休憩 {0} 件と体調チェック {1} 件を {2} に書き出しました</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>体調チェック：追加 {0} 件、既存 {1} 件</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <extracomment>Breaks an import writes per transaction, and the pause between two: the running app&apos;s writes get the lock in between, so a long import never holds up a break&apos;s outcome.</extracomment>
        <translation>追加 {0} 件、既存 {1} 件</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>postureapp is not running (start it with: postureapp)</source>
        <translation>postureapp は動いていません（起動するには：postureapp）</translation>
    </message>
    <message>
        <source>{0} (in {1} min)</source>
        <translation>{0}（{1} 分後）</translation>
    </message>
    <message>
        <source>{0} (now)</source>
        <translation>{0}（今）</translation>
    </message>
    <message>
        <source>interval</source>
        <extracomment>Why the next break comes when it does (`status`&apos;s reason), in words.</extracomment>
        <translation>間隔</translation>
    </message>
    <message>
        <source>long</source>
        <translation>間隔</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>after-pause</source>
        <translation>一時停止の後</translation>
    </message>
    <message>
        <source>fixed-time</source>
        <translation>決まった時刻</translation>
    </message>
    <message>
        <source>working-hours-start</source>
        <translation>勤務時間の開始</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>姿勢</translation>
    </message>
    <message>
        <source>postureapp: could not reach the running instance: {0}</source>
        <translation>postureapp：動いているインスタンスに接続できません：{0}</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>要求は拒否されました</translation>
    </message>
    <message>
        <source>On a break now.</source>
        <translation>現在休憩中です。</translation>
    </message>
    <message>
        <source>Paused until you resume (postureapp resume).</source>
        <translation>再開するまで一時停止中です（postureapp resume）。</translation>
    </message>
    <message>
        <source>Paused until {0}.</source>
        <translation>{0} まで一時停止中です。</translation>
    </message>
    <message>
        <source>Next {0} at {1} ({2}).</source>
        <translation>次の{0}：{1}（{2}）。</translation>
    </message>
    <message>
        <source>Outside working hours; breaks resume at {0}.</source>
        <translation>勤務時間外です。休憩は {0} に再開します。</translation>
    </message>
    <message>
        <source>A break is due and waits for you to come back.</source>
        <translation>休憩の時間ですが、あなたが戻るのを待っています。</translation>
    </message>
    <message>
        <source>A break is due and waits for a full-screen window to close.</source>
        <translation>休憩の時間ですが、全画面のウィンドウが閉じるのを待っています。</translation>
    </message>
    <message>
        <source>A break is due and waits for do-not-disturb to end.</source>
        <translation>休憩の時間ですが、おやすみモード（通知を鳴らさない）が終わるのを待っています。</translation>
    </message>
    <message>
        <source>A break is due and waits for your call to end.</source>
        <translation>休憩の時間ですが、通話が終わるのを待っています。</translation>
    </message>
    <message>
        <source>A break is due and waits for an event in your calendar to end.</source>
        <translation>休憩の時間ですが、カレンダーの予定が終わるのを待っています。</translation>
    </message>
    <message>
        <source>A break is due and waits ({0}).</source>
        <translation>休憩の時間ですが、待っています（{0}）。</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for safety; breaks only remind you to move (resume them from About &amp; safety: postureapp open about).</source>
        <translation>安全のためエクササイズ休憩は一時停止中です。休憩では体を動かすことだけをお知らせします（再開は「概要と安全について」から：postureapp open about）。</translation>
    </message>
    <message>
        <source>Calendar {0} could not be read: {1}</source>
        <translation>カレンダー {0} を読み込めませんでした：{1}</translation>
    </message>
    <message>
        <source>Snoozes in a row: {0}</source>
        <translation>続けてスヌーズした回数：{0}</translation>
    </message>
    <message>
        <source>Idle time: {0} ({1} s idle now).</source>
        <translation>アイドル時間：{0}（現在 {1} 秒アイドル）。</translation>
    </message>
    <message>
        <source>Idle time cannot be read here, so there are no natural breaks.</source>
        <translation>ここではアイドル時間を読み取れないため、自然な休憩はありません。</translation>
    </message>
    <message>
        <source>“{0}” ({1})</source>
        <translation>「{0}」（{1}）</translation>
    </message>
    <message>
        <source>an event ({0})</source>
        <translation>予定（{0}）</translation>
    </message>
    <message>
        <source>It comes early, before {0}.</source>
        <translation>{0} の前に、早めに来ます。</translation>
    </message>
    <message>
        <source>It waits for {0} to end.</source>
        <translation>{0} が終わるのを待ちます。</translation>
    </message>
    <message>
        <source>Held during {0}.</source>
        <translation>{0} の間は待たせています。</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>再開しました。</translation>
    </message>
    <message>
        <source>Breaks were not paused.</source>
        <translation>休憩は一時停止していませんでした。</translation>
    </message>
    <message>
        <source>Exercise breaks stay paused for your safety: About &amp; safety is open, where you can confirm it is safe to resume them.</source>
        <translation>安全のためエクササイズ休憩は一時停止のままです。「概要と安全について」を開いたので、再開しても安全であることをそこで確認してください。</translation>
    </message>
    <message>
        <source>Paused until you resume.</source>
        <translation>再開するまで一時停止中です。</translation>
    </message>
    <message>
        <source>Break started. (Note: {0}.)</source>
        <translation>休憩を始めました。（注意：{0}。）</translation>
    </message>
    <message>
        <source>Break started.</source>
        <translation>休憩を始めました。</translation>
    </message>
    <message>
        <source>Break skipped.</source>
        <extracomment>What each command prints when it was carried out.</extracomment>
        <translation>休憩をスキップしました。</translation>
    </message>
    <message>
        <source>postureapp is quitting.</source>
        <translation>postureapp を終了します。</translation>
    </message>
    <message>
        <source>when the next break is, and whether the app is paused</source>
        <extracomment>The windows `postureapp open WINDOW` can bring up in the running instance. Every command the running app understands, in the order `postureapp --help` lists them.</extracomment>
        <translation>次の休憩の時刻と、アプリが一時停止中かどうか</translation>
    </message>
    <message>
        <source>start a break now</source>
        <translation>今すぐ休憩を始める</translation>
    </message>
    <message>
        <source>do this exercise (see: exercises list)</source>
        <translation>このエクササイズを行う（参照：exercises list）</translation>
    </message>
    <message>
        <source>pause breaks: 30m, 1h, until-tomorrow or indefinitely</source>
        <translation>休憩を一時停止：30m、1h、until-tomorrow、indefinitely</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>一時停止を終える</translation>
    </message>
    <message>
        <source>skip the break on screen (not in strict mode)</source>
        <translation>画面の休憩をスキップ（厳格モードでは不可）</translation>
    </message>
    <message>
        <source>bring up a window of the running app</source>
        <translation>動いているアプリのウィンドウを表示</translation>
    </message>
    <message>
        <source>bring up the running app&apos;s status window</source>
        <translation>動いているアプリの状態ウィンドウを表示</translation>
    </message>
    <message>
        <source>stop the running app</source>
        <translation>動いているアプリを終了</translation>
    </message>
    <message>
        <source>pause: expected 30m, 1h, until-tomorrow or indefinitely (or N m / N h up to 24 h), got {0}</source>
        <extracomment>command -&gt; its argument: &quot;none&quot;, &quot;optional&quot; or &quot;required&quot; What `parse_pause` says of an argument it cannot read (the &quot;cli&quot; context translates it).</extracomment>
        <translation>pause：30m、1h、until-tomorrow、indefinitely（または 24 h までの N m / N h）のいずれかが必要ですが、{0} でした</translation>
    </message>
    <message>
        <source>postureapp could not do that ({0})</source>
        <extracomment>What the running app answers when carrying out a request went wrong; {0} says why.</extracomment>
        <translation>postureapp はそれを実行できませんでした（{0}）</translation>
    </message>
    <message>
        <source>write a one-page PDF of your breaks and check-ins for a clinician</source>
        <translation>医療者向けに休憩と体調チェックの 1 ページの PDF を書き出す</translation>
    </message>
    <message>
        <source>Write a one-page PDF of a range of your breaks and check-ins: breaks per week, minutes by body area, the exercises done most, the stiffness trend with the days a warning sign was reported, and your notes. Without a range: the last 3 months.</source>
        <translation>ある期間の休憩と体調チェックを 1 ページの PDF に書き出します：週ごとの休憩、体の部位別の時間、よく行ったエクササイズ、危険なサインが報告された日を含むこわばりの推移、メモ。期間を指定しない場合は過去 3 か月です。</translation>
    </message>
    <message>
        <source>a range ending today (all: from the first logged day)</source>
        <translation>今日で終わる期間（all：記録の最初の日から）</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>書き出す PDF</translation>
    </message>
    <message>
        <source>--since ({0}) is after the last day ({1})</source>
        <translation>--since（{0}）が最後の日（{1}）より後です</translation>
    </message>
    <message>
        <source>-o: the report is a PDF; name it .pdf, found {0}</source>
        <translation>-o：レポートは PDF です。名前を .pdf にしてください（指定：{0}）</translation>
    </message>
    <message>
        <source>no breaks logged yet; nothing to report</source>
        <translation>まだ休憩の記録がありません。レポートにする内容がありません</translation>
    </message>
    <message>
        <source>wrote {0}: {1} to {2}, {3} breaks completed, {4} check-ins, {5} notes</source>
        <translation>{0} を書き出しました：{1}～{2}、完了した休憩 {3} 件、体調チェック {4} 件、メモ {5} 件</translation>
    </message>
    <message>
        <source>your head forward and down</source>
        <translation>頭が前に出て下がった姿勢</translation>
    </message>
    <message>
        <source>your shoulders rounded</source>
        <translation>肩が丸まった姿勢</translation>
    </message>
    <message>
        <source>your body leaning to one side</source>
        <translation>体が横に傾いた姿勢</translation>
    </message>
    <message>
        <source>upright</source>
        <extracomment>What the last reading saw, besides a slouch (whose label is in the &apos;posture&apos; context).</extracomment>
        <translation>良い姿勢</translation>
    </message>
    <message>
        <source>in view</source>
        <translation>映っている</translation>
    </message>
    <message>
        <source>nobody in view</source>
        <translation>誰も映っていない</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0} for {1} minutes; its exercise answers that.</source>
        <translation>早めの休憩です：{0}で{1}分座っています。この休憩のエクササイズがそれを和らげます。</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0}; its exercise answers that.</source>
        <translation>早めの休憩です：{0}で座っています。この休憩のエクササイズがそれを和らげます。</translation>
    </message>
    <message>
        <source>Its exercise answers this: {0}.</source>
        <translation>この休憩のエクササイズはこれを和らげます：{0}。</translation>
    </message>
    <message>
        <source>Posture sensing is not running: {0}</source>
        <translation>姿勢の検出は動いていません：{0}</translation>
    </message>
    <message>
        <source>Posture sensing is on but not calibrated yet (Settings → Camera).</source>
        <translation>姿勢の検出はオンですが、まだ調整されていません（設定 → カメラ）。</translation>
    </message>
    <message>
        <source>Today you sat upright {0} of the time the camera saw you.</source>
        <translation>今日、カメラが捉えた時間のうち {0} は良い姿勢で座っていました。</translation>
    </message>
    <message>
        <source>Last camera reading {0}: {1}.</source>
        <translation>最後のカメラ読み取り {0}：{1}。</translation>
    </message>
    <message>
        <source>cannot listen on {0}: {1}</source>
        <translation>{0} で待ち受けできません：{1}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>postureapp ran into a problem it did not expect ({0}: {1}). It keeps running; the details are in {2}.</source>
        <translation>postureapp で予期しない問題が起きました（{0}：{1}）。動作は続けます。詳細は {2} にあります。</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}: {1}); fix or move it away and start postureapp again. The details are in {2}.</source>
        <translation>postureapp を起動できませんでした（{0}：{1}）。直すか別の場所へ移してから、postureapp をもう一度起動してください。詳細は {2} にあります。</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}); please report it. The details are in {1}.</source>
        <translation>postureapp を起動できませんでした（{0}）。報告をお願いします。詳細は {1} にあります。</translation>
    </message>
    <message>
        <source>postureapp: the log file {0} cannot be written ({1}); logging to the terminal instead</source>
        <translation>postureapp：ログファイル {0} に書き込めません（{1}）。代わりに端末へログを出します</translation>
    </message>
</context>
<context>
    <name>exercise editor</name>
    <message>
        <source>Upper back</source>
        <translation>背中の上部</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>首</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>肩</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>胸</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>腰</translation>
    </message>
    <message>
        <source>Turning (rotation)</source>
        <translation>ひねる（回旋）</translation>
    </message>
    <message>
        <source>Bending back (extension)</source>
        <translation>後ろに反らす（伸展）</translation>
    </message>
    <message>
        <source>Bending forward (flexion)</source>
        <translation>前に曲げる（屈曲）</translation>
    </message>
    <message>
        <source>Bending sideways</source>
        <translation>横に曲げる</translation>
    </message>
    <message>
        <source>Shoulder blades</source>
        <translation>肩甲骨</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>座って</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>立って</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>床で</translation>
    </message>
    <message>
        <source>A wall</source>
        <translation>壁</translation>
    </message>
    <message>
        <source>A foam roller</source>
        <translation>フォームローラー</translation>
    </message>
    <message>
        <source>A towel</source>
        <translation>タオル</translation>
    </message>
    <message>
        <source>e.g. Doorway chest stretch</source>
        <extracomment>The fields this form shows, in order (a problem about `id` is shown under the title).</extracomment>
        <translation>例：ドア枠で胸のストレッチ</translation>
    </message>
    <message>
        <source>One line: what it does, e.g. Opens the chest</source>
        <translation>1行で効果を。例：胸を開く</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Long breaks mix movements; short ones take them in turn</source>
        <translation>長い休憩では動きを組み合わせ、短い休憩では順番に行います</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>短い休憩</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>長い休憩</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>1回</translation>
    </message>
    <message>
        <source>On each side, first the</source>
        <translation>左右それぞれ、最初は</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>最初の側</translation>
    </message>
    <message>
        <source>How many times the steps repeat; a break may add more</source>
        <translation>ステップを繰り返す回数。休憩で増えることがあります</translation>
    </message>
    <message>
        <source>One per line, at least one. e.g. Stop if you feel pain, numbness or dizziness.</source>
        <translation>1行に1つ、最低1つ。例：痛み、しびれ、めまいを感じたらやめてください。</translation>
    </message>
    <message>
        <source>Optional, e.g. from my physiotherapist, May 2025</source>
        <translation>任意。例：理学療法士から、2025年5月</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>概要(&amp;U)</translation>
    </message>
    <message>
        <source>Body &amp;areas it works</source>
        <translation>対象の部位(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Movement</source>
        <translation>動き(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>姿勢(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>必要な物(&amp;N)</translation>
    </message>
    <message>
        <source>Use in</source>
        <translation>使う休憩</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>左右</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>回数(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cautions</source>
        <translation>注意(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>出典(&amp;F)</translation>
    </message>
    <message>
        <source>nothing chosen</source>
        <extracomment>The labels of each field the editor shows as a choice, by the value a file holds.</extracomment>
        <translation>何も選んでいません</translation>
    </message>
</context>
<context>
    <name>exercises</name>
    <message>
        <source>No exercise fits a {kind} with the body areas, positions and equipment you chose, so those breaks cannot start. Choose more areas or positions in Settings.</source>
        <extracomment>The translation context of the texts below.</extracomment>
        <translation>選んだ体の部位・姿勢・道具では「{kind}」に合うエクササイズがないため、その休憩は始められません。設定で部位や姿勢を増やしてください。</translation>
    </message>
    <message>
        <source>Only {count} exercises fit a long break with the body areas, positions and equipment you chose, so long breaks repeat them. Choose more in Settings for more variety.</source>
        <translation>選んだ体の部位・姿勢・道具で長い休憩に合うエクササイズは {count} 件だけなので、長い休憩では同じものを繰り返します。バリエーションを増やすには設定で選択を増やしてください。</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source>An exercise with this name is already there</source>
        <extracomment>Asks what to do with one exercise whose id is taken.</extracomment>
        <translation>同じ名前のエクササイズがすでにあります</translation>
    </message>
    <message>
        <source>one of your own</source>
        <translation>自分のエクササイズ</translation>
    </message>
    <message>
        <source>a built-in exercise</source>
        <translation>組み込みのエクササイズ</translation>
    </message>
    <message>
        <source>The pack&apos;s “{0}” has the same id as “{1}”, {2}. What should happen?</source>
        <translation>パックの「{0}」は「{1}」（{2}）と同じIDです。どうしますか？</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>両方残す</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>自分のものを置き換える</translation>
    </message>
    <message>
        <source>Use the pack&apos;s instead</source>
        <translation>パックのものを使う</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>読み込まない</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>…ほか {0} 件</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>読み込んでいません</translation>
    </message>
    <message>
        <source>{0} was not imported, and nothing was written:</source>
        <translation>{0} は読み込まず、何も書き込んでいません：</translation>
    </message>
    <message>
        <source>Could not write to {0}: {1}</source>
        <translation>{0} に書き込めませんでした：{1}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>読み込みました</translation>
    </message>
    <message>
        <source>{0}: added (&apos;{1}&apos;)</source>
        <extracomment>What happened to each exercise of a pack, in words (`describe`).</extracomment>
        <translation>{0}：追加しました（「{1}」）</translation>
    </message>
    <message>
        <source>{0}: replaced (&apos;{1}&apos;)</source>
        <translation>{0}：置き換えました（「{1}」）</translation>
    </message>
    <message>
        <source>{0}: you already have one with this id; added as &apos;{1}&apos; ({2})</source>
        <translation>{0}：このIDのものがすでにあるため、「{1}」（{2}）として追加しました</translation>
    </message>
    <message>
        <source>{0}: already there, unchanged</source>
        <translation>{0}：すでにあり、変更なし</translation>
    </message>
    <message>
        <source>{0}: skipped (you already have one with this id)</source>
        <translation>{0}：読み込みませんでした（このIDのものがすでにあります）</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>every short folder for the socket ({0} and the next ones) belongs to someone else; set a shorter {1}, or set XDG_RUNTIME_DIR</source>
        <extracomment>Every folder the app keeps is its owner&apos;s alone (the log holds health data).</extracomment>
        <translation>ソケット用の短いフォルダー（{0} とその次のもの）はすべて別のユーザーのものです。もっと短い {1} を設定するか、XDG_RUNTIME_DIR を設定してください</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} は存在しません</translation>
    </message>
    <message>
        <source>{0} cannot be checked ({1})</source>
        <translation>{0} を確認できません（{1}）</translation>
    </message>
    <message>
        <source>{0} is a link made by user {1}, not by you</source>
        <translation>{0} はあなたではなくユーザー {1} が作ったリンクです</translation>
    </message>
    <message>
        <source>{0} cannot be followed ({1})</source>
        <translation>{0} をたどれません（{1}）</translation>
    </message>
    <message>
        <source>{0} is not a folder</source>
        <translation>{0} はフォルダーではありません</translation>
    </message>
    <message>
        <source>{0} belongs to user {1}, not to you</source>
        <translation>{0} はあなたではなくユーザー {1} のものです</translation>
    </message>
    <message>
        <source>{0}; move it away (or set {1} to use another folder)</source>
        <translation>{0}。別の場所へ移してください（または {1} を設定して別のフォルダーを使ってください）</translation>
    </message>
    <message>
        <source>cannot make {0} private: {1}</source>
        <translation>{0} を非公開にできません: {1}</translation>
    </message>
    <message>
        <source>{0} cannot be created because {1} is a file, not a folder; move that file away (or set {2} to use another folder)</source>
        <translation>{1} がフォルダーではなくファイルなので、{0} を作れません。そのファイルを別の場所へ移してください（または {2} を設定して別のフォルダーを使ってください）</translation>
    </message>
    <message>
        <source>{0} cannot be created: {1}</source>
        <translation>{0} を作れません: {1}</translation>
    </message>
    <message>
        <source>{0}; commands are not sent through it. Remove it and start postureapp again</source>
        <translation>{0}。ここを通してコマンドは送りません。削除してから postureapp をもう一度起動してください</translation>
    </message>
</context>
<context>
    <name>pose</name>
    <message>
        <source>From the side</source>
        <translation>横から</translation>
    </message>
    <message>
        <source>From the front</source>
        <translation>正面から</translation>
    </message>
    <message>
        <source>Three-quarter</source>
        <translation>斜めから</translation>
    </message>
    <message>
        <source>From above</source>
        <translation>上から</translation>
    </message>
    <message>
        <source>Sitting on a chair</source>
        <translation>椅子に座って</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>立って</translation>
    </message>
    <message>
        <source>Sitting on the floor</source>
        <translation>床に座って</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>四つんばい</translation>
    </message>
    <message>
        <source>Lying on the back, knees bent</source>
        <translation>あお向け、ひざを曲げて</translation>
    </message>
    <message>
        <source>Lying on the back, legs long</source>
        <translation>あお向け、脚を伸ばして</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>うつぶせ</translation>
    </message>
    <message>
        <source>Pelvis</source>
        <translation>骨盤</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>腰</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>背中の上部</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>首</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>頭</translation>
    </message>
    <message>
        <source>Right shoulder blade</source>
        <translation>右の肩甲骨</translation>
    </message>
    <message>
        <source>Left shoulder blade</source>
        <translation>左の肩甲骨</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>右腕</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>左腕</translation>
    </message>
    <message>
        <source>Right elbow</source>
        <translation>右ひじ</translation>
    </message>
    <message>
        <source>Left elbow</source>
        <translation>左ひじ</translation>
    </message>
    <message>
        <source>Right wrist</source>
        <translation>右手首</translation>
    </message>
    <message>
        <source>Left wrist</source>
        <translation>左手首</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>右の股関節</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>左の股関節</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>右ひざ</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>左ひざ</translation>
    </message>
    <message>
        <source>Right ankle</source>
        <translation>右足首</translation>
    </message>
    <message>
        <source>Left ankle</source>
        <translation>左足首</translation>
    </message>
    <message>
        <source>Bend forward</source>
        <translation>前に曲げる</translation>
    </message>
    <message>
        <source>Bend</source>
        <translation>曲げる</translation>
    </message>
    <message>
        <source>Turn to its right</source>
        <translation>人形の右へ回す</translation>
    </message>
    <message>
        <source>Shrug up (cm)</source>
        <translation>すくめる（cm）</translation>
    </message>
    <message>
        <source>Forward (cm)</source>
        <translation>前へ（cm）</translation>
    </message>
    <message>
        <source>Raise forward</source>
        <translation>前に上げる</translation>
    </message>
    <message>
        <source>Out to the side</source>
        <translation>横に開く</translation>
    </message>
    <message>
        <source>Turn outward</source>
        <translation>外に回す</translation>
    </message>
    <message>
        <source>Point the toes</source>
        <translation>つま先を伸ばす</translation>
    </message>
    <message>
        <source>Tilt forward</source>
        <translation>前に傾ける</translation>
    </message>
    <message>
        <source>Up (cm)</source>
        <translation>上へ（cm）</translation>
    </message>
    <message>
        <source>Lean to its right</source>
        <extracomment>Where the words differ for one joint.</extracomment>
        <translation>人形の右へ傾ける</translation>
    </message>
    <message>
        <source>Tilt to its right</source>
        <translation>人形の右へ傾ける</translation>
    </message>
    <message>
        <source>Nod</source>
        <translation>うなずく</translation>
    </message>
    <message>
        <source>Lift the thigh</source>
        <translation>太ももを上げる</translation>
    </message>
    <message>
        <source>Bend back</source>
        <translation>後ろに曲げる</translation>
    </message>
    <message>
        <source>Hitch to its right</source>
        <translation>人形の右側を引き上げる</translation>
    </message>
    <message>
        <source>Chair</source>
        <extracomment>A prop&apos;s tick box.</extracomment>
        <translation>椅子</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>床</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>マット</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>壁</translation>
    </message>
    <message>
        <source>Towel roll</source>
        <translation>丸めたタオル</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>フォームローラー</translation>
    </message>
    <message>
        <source>head</source>
        <extracomment>A point an arrow can follow.</extracomment>
        <translation>頭</translation>
    </message>
    <message>
        <source>nose</source>
        <translation>鼻</translation>
    </message>
    <message>
        <source>chin</source>
        <translation>あご</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>胸</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>背中の上部</translation>
    </message>
    <message>
        <source>waist</source>
        <translation>腰回り</translation>
    </message>
    <message>
        <source>pelvis</source>
        <translation>骨盤</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>両肩</translation>
    </message>
    <message>
        <source>right shoulder</source>
        <translation>右肩</translation>
    </message>
    <message>
        <source>left shoulder</source>
        <translation>左肩</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>両手</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>右手</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>左手</translation>
    </message>
    <message>
        <source>elbows</source>
        <translation>両ひじ</translation>
    </message>
    <message>
        <source>right elbow</source>
        <translation>右ひじ</translation>
    </message>
    <message>
        <source>left elbow</source>
        <translation>左ひじ</translation>
    </message>
    <message>
        <source>knees</source>
        <translation>両ひざ</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>右ひざ</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>左ひざ</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>両足</translation>
    </message>
    <message>
        <source>right toe</source>
        <translation>右のつま先</translation>
    </message>
    <message>
        <source>left toe</source>
        <translation>左のつま先</translation>
    </message>
    <message>
        <source>right ankle</source>
        <translation>右足首</translation>
    </message>
    <message>
        <source>left ankle</source>
        <translation>左足首</translation>
    </message>
</context>
<context>
    <name>posture</name>
    <message>
        <source>head forward and down</source>
        <extracomment>The fewest clear measurements a calibration needs (of the few taken over a few seconds). Measurements in one calibration may differ this much (head height, in shoulder widths) and still be one posture; the model&apos;s own noise on one picture is about 0.024. The shoulder line may lean this many degrees more than at calibration before it counts. The translation context of the texts below.</extracomment>
        <translation>頭が前に出て下がっている</translation>
    </message>
    <message>
        <source>rounded shoulders</source>
        <translation>肩が丸まっている</translation>
    </message>
    <message>
        <source>leaning to one side</source>
        <translation>横に傾いている</translation>
    </message>
    <message>
        <source>Your head and both shoulders were not clearly in view. Sit facing the camera with your shoulders in the picture, in good light, and try again.</source>
        <translation>頭と両肩がはっきり見えませんでした。肩が画面に入るようにカメラに向かって座り、明るい場所でもう一度お試しください。</translation>
    </message>
    <message>
        <source>You moved while it measured. Sit tall and still for a few seconds, then try again.</source>
        <translation>測定中に動きました。数秒間背筋を伸ばしてじっと座り、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your ears were not above your shoulders. Sit tall, facing the camera, and try again.</source>
        <translation>耳が肩の上にありませんでした。カメラに向かって背筋を伸ばして座り、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>a file</source>
        <extracomment>What a pack file is called, so the file dialogs and the desktop can tell one.</extracomment>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>a pack of at most {0} bytes</source>
        <translation>{0} バイト以下のパック</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} バイト</translation>
    </message>
    <message>
        <source>a pack (a zip file)</source>
        <translation>パック（zip ファイル）</translation>
    </message>
    <message>
        <source>at most {0} files</source>
        <translation>{0} 個以下のファイル</translation>
    </message>
    <message>
        <source>{0} files</source>
        <translation>{0} 個のファイル</translation>
    </message>
    <message>
        <source>{0} or a plain file name inside {1}/</source>
        <translation>{0} または {1}/ 内の単純なファイル名</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>別のパス</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>シンボリックリンク</translation>
    </message>
    <message>
        <source>an encrypted file</source>
        <translation>暗号化されたファイル</translation>
    </message>
    <message>
        <source>each name once</source>
        <translation>各名前が 1 回ずつ</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>at most {0} bytes in all</source>
        <translation>合計 {0} バイト以下</translation>
    </message>
    <message>
        <source>more</source>
        <translation>それ以上</translation>
    </message>
    <message>
        <source>a manifest</source>
        <translation>マニフェスト</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>a TOML manifest</source>
        <translation>TOML のマニフェスト</translation>
    </message>
    <message>
        <source>another</source>
        <translation>別の値</translation>
    </message>
    <message>
        <source>version {0} or older (this postureapp is too old for a newer one)</source>
        <translation>バージョン {0} 以前（この postureapp は新しいものには古すぎます）</translation>
    </message>
    <message>
        <source>a list of 1 to {0} exercise ids</source>
        <translation>1〜{0} 個のエクササイズ ID のリスト</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>an exercise the manifest names</source>
        <translation>マニフェストに記載されたエクササイズ</translation>
    </message>
    <message>
        <source>not</source>
        <translation>記載のないもの</translation>
    </message>
    <message>
        <source>the name of a {0} file</source>
        <translation>{0} ファイルの名前</translation>
    </message>
    <message>
        <source>a file name relative to the illustration folder</source>
        <translation>イラストのフォルダーからの相対ファイル名</translation>
    </message>
    <message>
        <source>a {0} file</source>
        <translation>{0} ファイル</translation>
    </message>
    <message>
        <source>a file inside {0}</source>
        <translation>{0} 内のファイル</translation>
    </message>
    <message>
        <source>a link to {0}</source>
        <translation>{0} へのリンク</translation>
    </message>
    <message>
        <source>a picture of at most {0} bytes</source>
        <translation>{0} バイト以下の画像</translation>
    </message>
    <message>
        <source>an existing file in {0}</source>
        <translation>{0} にある既存のファイル</translation>
    </message>
    <message>
        <source>no file named {0}</source>
        <translation>{0} という名前のファイルはない</translation>
    </message>
    <message>
        <source>a [[steps]] table</source>
        <translation>[[steps]] テーブル</translation>
    </message>
    <message>
        <source>an exercise file</source>
        <translation>エクササイズのファイル</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>存在しないファイル</translation>
    </message>
    <message>
        <source>lowercase letters, digits and hyphens</source>
        <translation>小文字、数字、ハイフン</translation>
    </message>
    <message>
        <source>the file name without .toml (&apos;{0}&apos;)</source>
        <translation>.toml を除いたファイル名（&apos;{0}&apos;）</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for a floor exercise</source>
        <translation>床で行うエクササイズは &quot;long&quot; のみ</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for an exercise that needs equipment</source>
        <translation>道具を使うエクササイズは &quot;long&quot; のみ</translation>
    </message>
    <message>
        <source>{0} to {1} [[steps]] tables</source>
        <translation>{0}〜{1} 個の [[steps]] テーブル</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} ステップ</translation>
    </message>
    <message>
        <source>the folder of built-in exercises</source>
        <translation>組み込みエクササイズのフォルダー</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>存在しないフォルダー</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings of at most {1} characters, in the order of the English</source>
        <extracomment>A language as catalogues name it: de, pt_BR, zh_TW.</extracomment>
        <translation>{1} 文字以下の空でない文字列 {0} 個のリスト（英語と同じ順序）</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings, in the order of the English</source>
        <translation>空でない文字列 {0} 個のリスト（英語と同じ順序）</translation>
    </message>
    <message>
        <source>a table of languages like [translations.de]</source>
        <translation>[translations.de] のような言語のテーブル</translation>
    </message>
    <message>
        <source>a language like de or pt_BR</source>
        <translation>de や pt_BR のような言語</translation>
    </message>
    <message>
        <source>a table of title, summary, cautions and steps</source>
        <translation>title、summary、cautions、steps のテーブル</translation>
    </message>
    <message>
        <source>a table such as {0}</source>
        <translation>{0} のようなテーブル</translation>
    </message>
    <message>
        <source>a table of angles such as {0}</source>
        <translation>{0} のような角度のテーブル</translation>
    </message>
    <message>
        <source>a [steps.pose] table</source>
        <translation>[steps.pose] テーブル</translation>
    </message>
    <message>
        <source>a known key (did you mean &apos;{0}&apos;?)</source>
        <extracomment>The translation context of every problem&apos;s words (core marks them, the view translates them). Words a problem is made of: English as it is, or a Phrase translated where it is shown.</extracomment>
        <translation>既知のキー（&apos;{0}&apos; のことですか？）</translation>
    </message>
    <message>
        <source>one of the keys {0}</source>
        <translation>キー {0} のいずれか</translation>
    </message>
    <message>
        <source>unknown key &apos;{0}&apos;</source>
        <translation>不明なキー &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>{0} のいずれか</translation>
    </message>
    <message>
        <source>a list of any of {0} (no repeats)</source>
        <translation>{0} から選んだリスト（重複なし）</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; twice</source>
        <translation>&apos;{0}&apos; が重複</translation>
    </message>
    <message>
        <source>{0} characters</source>
        <translation>{0} 文字</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0} 項目</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a number from {0} to {1}</source>
        <translation>{0}〜{1} の数値</translation>
    </message>
    <message>
        <source>a file of at most {0} bytes</source>
        <translation>{0} バイト以下のファイル</translation>
    </message>
    <message>
        <source>a bigger file</source>
        <translation>それより大きいファイル</translation>
    </message>
    <message>
        <source>a readable file</source>
        <translation>読み取れるファイル</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>UTF-8 のテキスト</translation>
    </message>
    <message>
        <source>byte {0} at offset {1}</source>
        <translation>位置 {1} のバイト {0}</translation>
    </message>
    <message>
        <source>a syntax error ({0})</source>
        <translation>構文エラー（{0}）</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} または {1}</translation>
    </message>
    <message>
        <source>nothing (the field is missing)</source>
        <translation>なし（フィールドがありません）</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>expected {0}, found {1}</source>
        <translation>{0}が必要です（実際: {1}）</translation>
    </message>
    <message>
        <source>text of 1 to {0} characters</source>
        <translation>1〜{0} 文字のテキスト</translation>
    </message>
    <message>
        <source>a list of at least one of {0} (no repeats)</source>
        <translation>{0} から 1 つ以上のリスト（重複なし）</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>空のリスト</translation>
    </message>
    <message>
        <source>a list of {0} to {1} non-empty strings</source>
        <translation>空でない文字列 {0}〜{1} 個のリスト</translation>
    </message>
    <message>
        <source>a list of any number of non-empty strings</source>
        <translation>空でない文字列のリスト（個数は自由）</translation>
    </message>
    <message>
        <source>an integer from {0} to {1}</source>
        <translation>{0}〜{1} の整数</translation>
    </message>
    <message>
        <source>an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00</source>
        <translation>UTC オフセット付きの ISO 8601 時刻（例: 2024-05-10T09:30:00+02:00）</translation>
    </message>
    <message>
        <source>tables and lists nested at most {0} deep</source>
        <extracomment>Files people write by hand are small; anything bigger is not one of ours. Tables and arrays nested deeper than this are not something a person wrote on purpose.</extracomment>
        <translation>入れ子が {0} 段以下のテーブルとリスト</translation>
    </message>
    <message>
        <source>deeper nesting</source>
        <extracomment>Reading stops after this many problems: the file is refused either way.</extracomment>
        <translation>それより深い入れ子</translation>
    </message>
    <message>
        <source>valid TOML</source>
        <translation>正しい TOML</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <extracomment>The app&apos;s own small JSON files (the schedule, the safety state).</extracomment>
        <translation>正しい JSON</translation>
    </message>
    <message>
        <source>a list of exercise ids</source>
        <extracomment>What an export holds: breaks, check-ins and (JSON only) each day&apos;s posture figures. A CSV line longer than this is not an export (a row is a few hundred characters). One JSON record (a break) longer than this is not an export either. A CSV cell; the csv module&apos;s own default limit, named so that it is a decision.</extracomment>
        <translation>エクササイズ ID のリスト</translation>
    </message>
    <message>
        <source>exercise ids without spaces, separated by commas</source>
        <translation>空白を含まず、カンマで区切ったエクササイズ ID</translation>
    </message>
    <message>
        <source>a whole number of seconds, 0 or more</source>
        <translation>0 以上の整数の秒数</translation>
    </message>
    <message>
        <source>a longer line</source>
        <translation>それより長い行</translation>
    </message>
    <message>
        <source>a header line naming the columns</source>
        <translation>列の名前を並べた見出し行</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>空のファイル</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>二重引用符で囲んだキー</translation>
    </message>
    <message>
        <source>the end of the file after the object</source>
        <translation>オブジェクトの後のファイルの終わり</translation>
    </message>
    <message>
        <source>no &apos;breaks&apos; list</source>
        <translation>&apos;breaks&apos; のリストなし</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>JSON nested a few levels deep</source>
        <translation>入れ子の浅い JSON</translation>
    </message>
    <message>
        <source>deeper</source>
        <translation>それより深いもの</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <extracomment>How many problems the message lists; the rest are counted.</extracomment>
        <translation>…ほか {0} 件</translation>
    </message>
    <message>
        <source>(reading stopped after {0} problems)</source>
        <translation>（{0} 件の問題で読み込みを中止しました）</translation>
    </message>
    <message>
        <source>{0}: cannot import, nothing was added:</source>
        <translation>{0}: インポートできません。何も追加していません:</translation>
    </message>
    <message>
        <source>missing column {0}</source>
        <translation>列 {0} がありません</translation>
    </message>
    <message>
        <source>unknown column {0}</source>
        <translation>不明な列 {0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}、{1}</translation>
    </message>
    <message>
        <source>{0} (expected {1}; id is optional)</source>
        <translation>{0}（{1} が必要です。id は省略できます）</translation>
    </message>
    <message>
        <source>a line of at most {0} characters</source>
        <translation>{0} 文字以内の行</translation>
    </message>
    <message>
        <source>a cell of at most {0} characters</source>
        <translation>{0} 文字以内のセル</translation>
    </message>
    <message>
        <source>a value of at most {0} characters</source>
        <translation>{0} 文字以内の値</translation>
    </message>
    <message>
        <source>a longer one</source>
        <translation>それより長いもの</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>ファイルの終わり</translation>
    </message>
    <message>
        <source>JSON nested no deeper than an export</source>
        <translation>エクスポートより深く入れ子にしていない JSON</translation>
    </message>
    <message>
        <source>a JSON object with a &apos;breaks&apos; list, as export writes it</source>
        <translation>エクスポートが書き出す、&apos;breaks&apos; のリストを持つ JSON オブジェクト</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>{0} のリスト</translation>
    </message>
    <message>
        <source>&apos;:&apos; after a key</source>
        <translation>キーの後の &apos;:&apos;</translation>
    </message>
    <message>
        <source>{0} in the list of {1}</source>
        <translation>{1} のリスト内の {0}</translation>
    </message>
    <message>
        <source>1 to {0} (a newer version needs a newer postureapp)</source>
        <translation>1〜{0}（それより新しい版には新しい postureapp が必要です）</translation>
    </message>
    <message>
        <source>{0} cells</source>
        <translation>{0} 個のセル</translation>
    </message>
    <message>
        <source>byte {0}</source>
        <translation>バイト {0}</translation>
    </message>
    <message>
        <source>a time not before {0} ({1})</source>
        <translation>{0}（{1}）より前でない時刻</translation>
    </message>
    <message>
        <source>32 lowercase hex digits</source>
        <translation>小文字の 16 進数 32 桁</translation>
    </message>
    <message>
        <source>a JSON object with format {0}</source>
        <extracomment>A few months of breaks that could not be written; a bigger file is not ours.</extracomment>
        <translation>format が {0} の JSON オブジェクト</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <extracomment>The ordinary answers to &quot;how does your upper back feel&quot; (not a warning sign). This many check-in days in a row answered &apos;worse&apos; pause the exercises. Breaks count as regular when at least REGULAR_DAYS of the last REGULAR_WINDOW_DAYS had one. Check-ins looked at for the stiffness trend, and how far apart the first and last must be. How many rated check-ins are averaged at each end of the trend. An average below this counts as only a little stiffness: not a reason to send anyone anywhere. A professional is suggested at most once in this long.</extracomment>
        <translation>JSON オブジェクト</translation>
    </message>
    <message>
        <source>could not be moved aside ({0})</source>
        <translation>退避できませんでした（{0}）</translation>
    </message>
    <message>
        <source>kept as {0}; the good values are still in use</source>
        <translation>{0} として保存しました。正しい値はそのまま使います</translation>
    </message>
    <message>
        <source>cannot be read ({0}); the defaults are in use</source>
        <translation>読み取れません（{0}）。既定値を使います</translation>
    </message>
    <message>
        <source>is not valid TOML ({0})</source>
        <translation>正しい TOML ではありません（{0}）</translation>
    </message>
    <message>
        <source>is not UTF-8 text ({0})</source>
        <translation>UTF-8 のテキストではありません（{0}）</translation>
    </message>
    <message>
        <source>cannot be used as a settings file ({0})</source>
        <translation>設定ファイルとして使えません（{0}）</translation>
    </message>
    <message>
        <source>{0} and could not be moved aside ({1}); the defaults are in use and the file will not be changed</source>
        <translation>{0}。退避もできませんでした（{1}）。既定値を使い、ファイルは変更しません</translation>
    </message>
    <message>
        <source>{0}; it was moved to {1} and the defaults are in use</source>
        <translation>{0}。{1} に移動し、既定値を使います</translation>
    </message>
    <message>
        <source>must be a whole number (this version writes {0}), got {1}; the file is read as version {0}</source>
        <translation>整数である必要があります（このバージョンは {0} を書き込みます）が、{1} でした。ファイルはバージョン {0} として読み込みます</translation>
    </message>
    <message>
        <source>the file was written by a newer postureapp (schema {0}; this one knows {1}): it is read as far as understood and will not be changed</source>
        <translation>このファイルは新しい postureapp が書き込んだものです（スキーマ {0}。このバージョンは {1} まで）。理解できる範囲で読み込み、変更はしません</translation>
    </message>
    <message>
        <source>{0}; the default {1} is used instead</source>
        <translation>{0}。代わりに既定値 {1} を使います</translation>
    </message>
    <message>
        <source>must be a section [{0}], got {1}; it is ignored</source>
        <translation>セクション [{0}] である必要がありますが、{1} でした。無視します</translation>
    </message>
    <message>
        <source>text of at most {0} characters, or nothing</source>
        <extracomment>A note longer than this is not one a user typed into a check-in.</extracomment>
        <translation>{0} 文字以内のテキスト、または空</translation>
    </message>
    <message>
        <source>a whole number from 0 to 10, or nothing</source>
        <translation>0〜10 の整数、または空</translation>
    </message>
    <message>
        <source>a line that is not key = value, a [table] or a comment</source>
        <extracomment>tomllib&apos;s messages (Python 3.11 to 3.13), each with what it means to the person who wrote the file; a group in the pattern fills the phrase&apos;s place.</extracomment>
        <translation>キー = 値、[テーブル]、コメントのどれでもない行</translation>
    </message>
    <message>
        <source>more after a value on the same line</source>
        <translation>同じ行の値の後にある余分な記述</translation>
    </message>
    <message>
        <source>a key without &apos;=&apos; after it</source>
        <translation>後ろに &apos;=&apos; のないキー</translation>
    </message>
    <message>
        <source>a key that starts with a character keys cannot start with</source>
        <translation>キーの先頭に使えない文字で始まるキー</translation>
    </message>
    <message>
        <source>a value of no known kind (text needs quotes)</source>
        <translation>種類のわからない値（テキストは引用符で囲みます）</translation>
    </message>
    <message>
        <source>text without its closing quote</source>
        <translation>閉じ引用符のないテキスト</translation>
    </message>
    <message>
        <source>a list without its closing &apos;]&apos;</source>
        <translation>閉じる &apos;]&apos; のないリスト</translation>
    </message>
    <message>
        <source>an inline table without its closing brace</source>
        <translation>閉じ波かっこのないインラインテーブル</translation>
    </message>
    <message>
        <source>a [table] name without its closing &apos;]&apos;</source>
        <translation>閉じる &apos;]&apos; のない [テーブル] 名</translation>
    </message>
    <message>
        <source>a [[table]] name without its closing &apos;]]&apos;</source>
        <translation>閉じる &apos;]]&apos; のない [[テーブル]] 名</translation>
    </message>
    <message>
        <source>a key given a value twice</source>
        <translation>2 回値を与えられたキー</translation>
    </message>
    <message>
        <source>the table {0} declared twice</source>
        <translation>2 回宣言されたテーブル {0}</translation>
    </message>
    <message>
        <source>{0} defined a second time</source>
        <translation>2 回目の定義の {0}</translation>
    </message>
    <message>
        <source>the key {0} twice in an inline table</source>
        <translation>インラインテーブル内で 2 回使われたキー {0}</translation>
    </message>
    <message>
        <source>a &apos;\&apos; in text that starts no known escape</source>
        <translation>既知のエスケープを始めないテキスト内の &apos;\&apos;</translation>
    </message>
    <message>
        <source>an escape with wrong hexadecimal digits</source>
        <translation>16 進数が正しくないエスケープ</translation>
    </message>
    <message>
        <source>an escape that is no Unicode character</source>
        <translation>Unicode 文字ではないエスケープ</translation>
    </message>
    <message>
        <source>the character {0}, which text cannot hold</source>
        <translation>テキストに含められない文字 {0}</translation>
    </message>
    <message>
        <source>the character {0} where it does not belong</source>
        <translation>置けない位置にある文字 {0}</translation>
    </message>
    <message>
        <source>a date or time that does not exist</source>
        <translation>存在しない日付または時刻</translation>
    </message>
    <message>
        <source>no {0} where one was needed</source>
        <translation>必要な位置に {0} がありません</translation>
    </message>
    <message>
        <source>no value where one was needed</source>
        <extracomment>The json module&apos;s messages.</extracomment>
        <translation>必要な位置に値がありません</translation>
    </message>
    <message>
        <source>a key not in double quotes</source>
        <translation>二重引用符で囲まれていないキー</translation>
    </message>
    <message>
        <source>a key without &apos;:&apos; after it</source>
        <translation>後ろに &apos;:&apos; のないキー</translation>
    </message>
    <message>
        <source>a missing &apos;,&apos; between two values</source>
        <translation>2 つの値の間に &apos;,&apos; がありません</translation>
    </message>
    <message>
        <source>a control character (such as a line break) inside text</source>
        <translation>テキスト内の制御文字（改行など）</translation>
    </message>
    <message>
        <source>a &apos;,&apos; after the last value</source>
        <translation>最後の値の後の &apos;,&apos;</translation>
    </message>
    <message>
        <source>more after the end of the document</source>
        <translation>文書の終わりの後にある余分な記述</translation>
    </message>
    <message>
        <source>not a zip file</source>
        <translation>zip ファイルではありません</translation>
    </message>
    <message>
        <source>a compression method this app cannot read</source>
        <translation>このアプリが読めない圧縮方式</translation>
    </message>
    <message>
        <source>a damaged zip file</source>
        <translation>壊れた zip ファイル</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>パスの一部がフォルダーではありません</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>すでに存在します</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>ディスクの割り当て量を使い切りました</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ディスクが読み取り専用です</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>ディスクの読み書きができませんでした</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名前が長すぎます</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>シンボリックリンクが多すぎます</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>開いているファイルが多すぎます</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>使用中です</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>フォルダーが空ではありません</translation>
    </message>
    <message>
        <source>the system refused ({0})</source>
        <translation>システムが拒否しました（{0}）</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>読み取れません: {0}</translation>
    </message>
    <message>
        <source>{0} (line {1}, column {2})</source>
        <translation>{0}（{1} 行 {2} 列）</translation>
    </message>
    <message>
        <source>another program is using it; try again in a moment</source>
        <extracomment>SQLite&apos;s messages (the break log), and what they mean to the user.</extracomment>
        <translation>別のプログラムが使用中です。少ししてからもう一度試してください</translation>
    </message>
    <message>
        <source>it can be read but not written</source>
        <translation>読み取りはできますが、書き込めません</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>データベースではありません</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>壊れています</translation>
    </message>
    <message>
        <source>a database error ({0})</source>
        <translation>データベースのエラー（{0}）</translation>
    </message>
    <message>
        <source>{0}: the log has schema version {1}, newer than this version of the app understands ({2}); please update the app</source>
        <extracomment>Why the log cannot be opened by this app (the &quot;problems&quot; context translates them).</extracomment>
        <translation>{0}：休憩の記録のスキーマのバージョン {1} は、このバージョンのアプリが扱える {2} より新しいものです。アプリを更新してください</translation>
    </message>
    <message>
        <source>{0}: upgrading the log to version {1} failed ({2}); nothing was changed</source>
        <translation>{0}：休憩の記録をバージョン {1} に更新できませんでした（{2}）。何も変更されていません</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Stand up and move</source>
        <translation>立ち上がって体を動かしましょう</translation>
    </message>
    <message>
        <source>Emergency: stop and get emergency care now (call your local emergency number or go to an emergency department) if you have:</source>
        <extracomment>Each urgency&apos;s heading: what to do, then the signs it covers.</extracomment>
        <translation>緊急：次のような場合はすぐにやめて、救急の手当てを受けてください（地域の救急番号に電話するか、救急外来に行ってください）：</translation>
    </message>
    <message>
        <source>Stop the exercises and see a doctor without delay if you have:</source>
        <translation>次のような場合はエクササイズをやめて、すぐに医師の診察を受けてください：</translation>
    </message>
    <message>
        <source>Stop the exercises and have a doctor or physical therapist check it if you have:</source>
        <translation>次のような場合はエクササイズをやめて、医師か理学療法士に診てもらってください：</translation>
    </message>
    <message>
        <source>A sudden, severe headache, dizziness or a spinning feeling, or trouble seeing, after moving your neck or after a fall or another injury.</source>
        <extracomment>The emergency line&apos;s heading (the words every list of signs shows first).</extracomment>
        <translation>首を動かした後、または転倒やそのほかのけがの後に、突然の激しい頭痛、めまいやぐるぐる回る感じ、または見えにくさがある。</translation>
    </message>
    <message>
        <source>Pain that spreads from your neck or upper back into an arm or a hand.</source>
        <translation>首や背中の上部から腕や手に広がる痛み。</translation>
    </message>
    <message>
        <source>New numbness, pins and needles that do not go away, or weakness in your arms or hands.</source>
        <translation>新たなしびれ、治まらないピリピリ感、または腕や手の力が入らない。</translation>
    </message>
    <message>
        <source>Neck or back pain together with a fever, chills, or weight loss you cannot explain.</source>
        <translation>首や背中の痛みに、発熱、寒気、または説明のつかない体重減少を伴う。</translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness that runs down your legs.</source>
        <translation>脚に向かって下りていくしびれ、チクチク感、または力が入らない感じ。</translation>
    </message>
    <message>
        <source>Any new trouble controlling your bowel or bladder.</source>
        <translation>排便や排尿をうまくコントロールできないことが新たに起きた。</translation>
    </message>
    <message>
        <source>Sharp or shooting pain, or pain that keeps getting worse, for example when you move or after sitting for a long time.</source>
        <translation>鋭い痛みや走るような痛み、またはだんだん悪化する痛み（たとえば動いたときや長く座った後）。</translation>
    </message>
    <message>
        <source>Check with a doctor or physical therapist before you start if you have:</source>
        <translation>次のような場合は、始める前に医師か理学療法士に相談してください：</translation>
    </message>
    <message>
        <source>Osteoporosis or another condition of the bones.</source>
        <translation>骨粗しょう症、またはそのほかの骨の病気。</translation>
    </message>
    <message>
        <source>A herniated (slipped) disc or another problem with your spine.</source>
        <translation>椎間板ヘルニア、またはそのほかの背骨の問題。</translation>
    </message>
    <message>
        <source>Arthritis.</source>
        <translation>関節炎（変形性関節症を含む）。</translation>
    </message>
    <message>
        <source>Welcome to postureapp</source>
        <extracomment>The translation context of every text in this module.</extracomment>
        <translation>postureapp へようこそ</translation>
    </message>
    <message>
        <source>About postureapp and your safety</source>
        <translation>postureapp とあなたの安全について</translation>
    </message>
    <message>
        <source>postureapp reminds you to take a short break at the intervals you choose and guides you through gentle movements for the upper back, neck and shoulders. Every break is logged, so you can look back and see how you are getting on.</source>
        <translation>postureapp は、あなたが選んだ間隔で短い休憩をお知らせし、背中の上部・首・肩のためのやさしい動きを案内します。休憩はすべて記録されるので、振り返って調子を確かめられます。</translation>
    </message>
    <message>
        <source>postureapp is not medical advice. It cannot tell what is behind your stiffness or pain, and it does not replace a doctor or a physical therapist.</source>
        <translation>postureapp は医学的な助言ではありません。こわばりや痛みの原因はわかりませんし、医師や理学療法士の代わりにはなりません。</translation>
    </message>
    <message>
        <source>Move slowly and stay within what feels comfortable. If a movement hurts, stop it; you can always skip the rest of a break.</source>
        <translation>ゆっくり動き、心地よい範囲にとどめてください。動きが痛むときはやめましょう。休憩の残りはいつでもスキップできます。</translation>
    </message>
    <message>
        <source>If your stiffness has not eased after two to six weeks of gentle, regular movement, show it to a physical therapist.</source>
        <translation>やさしい運動を 2〜6 週間規則正しく続けてもこわばりが和らがない場合は、理学療法士に診てもらってください。</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>関節の音について</translation>
    </message>
    <message>
        <source>The pop you sometimes hear from your back or neck is gas leaving the fluid that bathes the joint, much like cracking your knuckles. Nothing slips back into place when it happens.</source>
        <translation>背中や首からときどき聞こえる「ポキッ」という音は、関節を満たす液体からガスが抜ける音で、指の関節を鳴らすのと同じです。そのとき何かが元の位置に戻るわけではありません。</translation>
    </message>
    <message>
        <source>So a pop is not a fix. Any relief it brings tends to fade, and the joint needs a while, often around twenty minutes, before it can pop again.</source>
        <translation>つまり、音が鳴っても治ったわけではありません。楽になった感じはたいてい薄れていき、関節が再び鳴るまでには、しばしば 20 分ほどの時間がかかります。</translation>
    </message>
    <message>
        <source>Forcing a crack, by twisting hard, jerking, or levering against a towel or a wall, can strain muscles and ligaments or irritate a nerve. The neck is the riskiest place to try: the arteries that feed the brain run through it, and a rough twist can, rarely, damage one.</source>
        <translation>強くひねったり、勢いをつけたり、タオルや壁に押し当ててテコのようにしたりして無理に鳴らすと、筋肉や靱帯を痛めたり、神経を刺激したりすることがあります。最も危険なのは首です。首には脳に血液を送る動脈が通っていて、乱暴にひねると、まれにそれを傷つけることがあります。</translation>
    </message>
    <message>
        <source>Gentle, regular movement is the better habit. It loosens stiff joints without force, and none of the exercises in postureapp ask you to aim for a pop.</source>
        <translation>やさしく規則正しく動かすほうが良い習慣です。こわばった関節を力を使わずにほぐせます。postureapp のエクササイズは、どれも音を鳴らすことを目指すものではありません。</translation>
    </message>
    <message>
        <source>Exercise breaks are paused</source>
        <translation>エクササイズ休憩は一時停止中です</translation>
    </message>
    <message>
        <source>You told postureapp that something is wrong beyond ordinary stiffness.</source>
        <translation>ふだんのこわばりとは違う異常があると postureapp に伝えました。</translation>
    </message>
    <message>
        <source>Your upper back has felt worse on three check-in days in a row.</source>
        <translation>体調チェックで 3 日続けて背中の上部が悪くなったと答えました。</translation>
    </message>
    <message>
        <source>This can be a sign that something other than ordinary stiffness is going on. Only a clinician can tell, so please have a doctor or a physical therapist look at it.</source>
        <translation>これは、ふだんのこわばりとは別の何かが起きているサインかもしれません。判断できるのは医療の専門家だけなので、医師か理学療法士に診てもらってください。</translation>
    </message>
    <message>
        <source>Until then the exercise breaks are paused. postureapp can still remind you now and then to stand up and walk about.</source>
        <translation>それまでエクササイズ休憩は一時停止します。postureapp はこれからも、ときどき立ち上がって歩くようお知らせできます。</translation>
    </message>
    <message>
        <source>Time to stand up, walk about and rest your eyes until the countdown ends.</source>
        <translation>カウントダウンが終わるまで、立ち上がって少し歩き、目を休めましょう。</translation>
    </message>
    <message>
        <source>Worth a visit to a physical therapist</source>
        <translation>理学療法士に診てもらう価値があります</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and your stiffness ratings have not come down.</source>
        <translation>2 週間以上、ほとんどの日に休憩をとってきましたが、こわばりの評価は下がっていません。</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and none of your check-ins in that time said &apos;better&apos;.</source>
        <translation>2 週間以上、ほとんどの日に休憩をとってきましたが、その間の体調チェックで「良くなった」という答えは一度もありませんでした。</translation>
    </message>
    <message>
        <source>Stiffness that stays despite weeks of gentle, regular movement is worth showing to a physical therapist, who can find out what is behind it and what would help. You can keep using postureapp in the meantime.</source>
        <translation>何週間もやさしく規則正しく動かしても残るこわばりは、理学療法士に診てもらう価値があります。原因と、何が役立つかを調べてもらえます。その間も postureapp は使い続けられます。</translation>
    </message>
    <message>
        <source>You stopped because it hurt</source>
        <translation>痛みのため中止しました</translation>
    </message>
    <message>
        <source>Stopping was the right thing to do. Rest now, and leave out the movement that hurt.</source>
        <translation>やめたのは正しい判断です。今は休み、痛んだ動きは行わないでください。</translation>
    </message>
    <message>
        <source>If the pain stays or gets worse, have a physical therapist or a doctor look at it.</source>
        <translation>痛みが続く、または悪化する場合は、理学療法士か医師に診てもらってください。</translation>
    </message>
    <message>
        <source>You can pause the exercise breaks until then. postureapp will only remind you now and then to stand up and walk about.</source>
        <translation>それまでエクササイズ休憩を一時停止できます。postureapp は、ときどき立ち上がって歩くようお知らせするだけになります。</translation>
    </message>
    <message>
        <source>You stopped a break because a movement hurt.</source>
        <translation>動きが痛んだため、休憩を中止しました。</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety. Breaks only remind you to stand up and move.</source>
        <translation>安全のためエクササイズ休憩は一時停止中です。休憩では立ち上がって体を動かすことだけをお知らせします。</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>a list of calendars like {0} (kind file, url or caldav; user for caldav)</source>
        <translation>{0} のようなカレンダーのリスト（kind は file、url、caldav。caldav には user）</translation>
    </message>
    <message>
        <source>must be {0}</source>
        <translation>{0} である必要があります</translation>
    </message>
    <message>
        <source>unknown setting (did you mean {0}?)</source>
        <translation>不明な設定です（{0} のことですか？）</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>不明な設定です</translation>
    </message>
    <message>
        <source>Work between breaks</source>
        <translation>休憩までの作業時間</translation>
    </message>
    <message>
        <source>Minutes of work between one break and the next.</source>
        <translation>休憩から次の休憩までの作業時間（分）。</translation>
    </message>
    <message>
        <source>Short break length</source>
        <translation>短い休憩の長さ</translation>
    </message>
    <message>
        <source>How long a short break lasts. Its exercise is repeated or held longer to fit, and every step leaves time to read it; a break lands within 10 % (or 5 s) of this.</source>
        <translation>短い休憩の長さ。時間に合わせてエクササイズを繰り返したり長く保ったりし、どのステップにも読む時間を残します。休憩はこの長さの 10 %（または 5 秒）以内に収まります。</translation>
    </message>
    <message>
        <source>Long break every</source>
        <translation>長い休憩の頻度</translation>
    </message>
    <message>
        <source>Every Nth break is a long one; 0 means never.</source>
        <translation>N 回に 1 回の休憩を長い休憩にします。0 にすると長い休憩はありません。</translation>
    </message>
    <message>
        <source>Long break length</source>
        <translation>長い休憩の長さ</translation>
    </message>
    <message>
        <source>How long a long break lasts. Its exercises are repeated or held longer to fit; a break lands within 10 % (or 5 s) of this.</source>
        <translation>長い休憩の長さ。時間に合わせてエクササイズを繰り返したり長く保ったりします。休憩はこの長さの 10 %（または 5 秒）以内に収まります。</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>休憩前の予告</translation>
    </message>
    <message>
        <source>How early a quiet notice announces a break; 0 means no notice.</source>
        <translation>休憩をさりげなく予告するタイミング。0 にすると予告しません。</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>スヌーズの長さ</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>「スヌーズ」で休憩を延ばす時間。</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>休憩ごとのスヌーズ回数</translation>
    </message>
    <message>
        <source>How often in a row one break may be snoozed; 0 turns Snooze off.</source>
        <translation>1 つの休憩を続けてスヌーズできる回数。0 にすると「スヌーズ」は使えません。</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>厳格モード</translation>
    </message>
    <message>
        <source>A break that has started cannot be skipped or snoozed.</source>
        <translation>始まった休憩はスキップもスヌーズもできません。</translation>
    </message>
    <message>
        <source>Only in working hours</source>
        <translation>勤務時間のみ</translation>
    </message>
    <message>
        <source>Plan breaks only inside the working hours set for each day.</source>
        <translation>曜日ごとに設定した勤務時間の中だけで休憩を予定します。</translation>
    </message>
    <message>
        <source>Working hours on this day, as HH:MM-HH:MM ranges; empty for a day off.</source>
        <translation>この日の勤務時間を HH:MM-HH:MM の範囲で指定します。休みの日は空欄にします。</translation>
    </message>
    <message>
        <source>Fixed break times</source>
        <translation>決まった休憩時刻</translation>
    </message>
    <message>
        <source>Times of day when a break comes whatever the interval says.</source>
        <translation>間隔とは関係なく休憩をとる時刻。</translation>
    </message>
    <message>
        <source>Days for fixed times</source>
        <translation>決まった時刻を使う曜日</translation>
    </message>
    <message>
        <source>The days on which the fixed break times apply.</source>
        <translation>決まった休憩時刻を使う曜日。</translation>
    </message>
    <message>
        <source>Wait during full screen</source>
        <translation>全画面表示中は待つ</translation>
    </message>
    <message>
        <source>Hold a due break while a full-screen window is in front.</source>
        <translation>全画面のウィンドウが前面にある間は、休憩を待たせます。</translation>
    </message>
    <message>
        <source>Wait during Do Not Disturb</source>
        <translation>おやすみモード中は待つ</translation>
    </message>
    <message>
        <source>Hold a due break while Do Not Disturb is on.</source>
        <translation>おやすみモード（通知を鳴らさない）がオンの間は、休憩を待たせます。</translation>
    </message>
    <message>
        <source>Wait during calls</source>
        <translation>通話中は待つ</translation>
    </message>
    <message>
        <source>Hold a due break while a call seems to be in progress.</source>
        <translation>通話中と思われる間は、休憩を待たせます。</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最長の待ち時間</translation>
    </message>
    <message>
        <source>How long a held break waits before it is shown anyway; 0 means no limit.</source>
        <translation>待たせた休憩を、それでも表示するまでの時間。0 にすると上限なし。</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Local .ics files or folders, web addresses and CalDAV accounts (read only).</source>
        <translation>予定で休憩を待たせるカレンダー：予定が入っている間とその直前には休憩しません。ローカルの .ics ファイルやフォルダー、Web アドレス、CalDAV アカウント（読み取り専用）。</translation>
    </message>
    <message>
        <source>Clear before events</source>
        <translation>予定前の空き時間</translation>
    </message>
    <message>
        <source>No break falls due this long before an event; it comes early or right after instead.</source>
        <translation>予定のこれだけ前には休憩を入れず、早めるか予定の直後にします。</translation>
    </message>
    <message>
        <source>Read calendars every</source>
        <translation>カレンダーの読み込み間隔</translation>
    </message>
    <message>
        <source>How often calendars are read again (also on waking up).</source>
        <translation>カレンダーを読み直す頻度（スリープからの復帰時にも読みます）。</translation>
    </message>
    <message>
        <source>Show event titles</source>
        <translation>予定の件名を表示</translation>
    </message>
    <message>
        <source>Name the event a break waits for (postureapp status); off keeps the titles private.</source>
        <translation>休憩が待っている予定の名前を表示します（postureapp status）。オフにすると件名は非公開のままです。</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>体の部位</translation>
    </message>
    <message>
        <source>The parts of the body the offered exercises may work on.</source>
        <translation>提案するエクササイズが対象にしてよい体の部位。</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>姿勢</translation>
    </message>
    <message>
        <source>The positions an offered exercise may ask you to take.</source>
        <translation>提案するエクササイズで求めてよい姿勢。</translation>
    </message>
    <message>
        <source>Equipment at hand</source>
        <translation>手元にある道具</translation>
    </message>
    <message>
        <source>Equipment you have nearby; exercises needing other things are left out.</source>
        <translation>近くにある道具。ほかの物が必要なエクササイズは除かれます。</translation>
    </message>
    <message>
        <source>Your exercises folder</source>
        <translation>自分のエクササイズのフォルダー</translation>
    </message>
    <message>
        <source>A folder of your own exercise files; empty means the usual one.</source>
        <translation>自分で作ったエクササイズファイルのフォルダー。空欄ならいつものフォルダーです。</translation>
    </message>
    <message>
        <source>How often each exercise comes</source>
        <translation>各エクササイズが出る頻度</translation>
    </message>
    <message>
        <source>Whether each exercise is offered, and how often: never (0, unticked), as usual (1), more often (2) or most often (3). Exercises not listed come as usual.</source>
        <translation>各エクササイズを出すかどうかと頻度：出さない（0、チェックなし）、通常（1）、多め（2）、最も多く（3）。一覧にないエクササイズは通常どおり出ます。</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>サウンド</translation>
    </message>
    <message>
        <source>Play a soft sound when a break starts and ends.</source>
        <translation>休憩の開始時と終了時にやわらかい音を鳴らします。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop.</source>
        <translation>明るいウィンドウか暗いウィンドウか。システムはデスクトップに合わせます。</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Start postureapp when you log in.</source>
        <translation>ログインしたときに postureapp を起動します。</translation>
    </message>
    <message>
        <source>Away counts as a break</source>
        <translation>離席を休憩とみなす時間</translation>
    </message>
    <message>
        <source>Away from the computer this long and a break counts as taken.</source>
        <translation>コンピューターからこの時間離れていれば、休憩をとったとみなします。</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>体調チェック</translation>
    </message>
    <message>
        <source>Now and then ask after a break how your back and neck feel.</source>
        <translation>ときどき休憩の後に、背中や首の調子を尋ねます。</translation>
    </message>
    <message>
        <source>Moving pictures</source>
        <translation>動く絵</translation>
    </message>
    <message>
        <source>Whether the figure in the break window moves: auto follows the desktop&apos;s animation setting; reduced shows the end pose over a faint start pose.</source>
        <translation>休憩ウィンドウの人物を動かすかどうか。自動はデスクトップのアニメーション設定に従い、控えめは開始時の姿勢を薄く重ねて終わりの姿勢を表示します。</translation>
    </message>
    <message>
        <source>Breaks for a streak day</source>
        <translation>連続記録に必要な休憩数</translation>
    </message>
    <message>
        <source>How many breaks make a day count towards a streak.</source>
        <translation>連続記録の 1 日に数えるために必要な休憩の数。</translation>
    </message>
    <message>
        <source>Watch my posture with the camera</source>
        <translation>カメラで姿勢を見守る</translation>
    </message>
    <message>
        <source>A few times a minute the camera takes one picture, the position of your head and shoulders is read from it on this computer, and the picture is dropped at once: no picture is kept or sent anywhere. A slouch held for a while brings the next break forward.</source>
        <translation>1分間に数回、カメラが1枚の画像を撮り、このコンピューター上で頭と肩の位置を読み取って、画像はすぐに破棄されます。画像が保存されたりどこかに送られたりすることはありません。猫背がしばらく続くと、次の休憩が早まります。</translation>
    </message>
    <message>
        <source>Camera readings per minute</source>
        <translation>1分あたりのカメラ読み取り回数</translation>
    </message>
    <message>
        <source>How often the camera is switched on for one picture; it is off in between.</source>
        <translation>1枚の画像のためにカメラをオンにする頻度です。その間はオフです。</translation>
    </message>
    <message>
        <source>Slouch threshold</source>
        <translation>猫背のしきい値</translation>
    </message>
    <message>
        <source>How far your head may sink, or your shoulders round, from the upright posture you calibrated before it counts as a slouch.</source>
        <translation>調整した良い姿勢から、頭がどれだけ下がるか、肩がどれだけ丸まると猫背とみなすか。</translation>
    </message>
    <message>
        <source>Slouch held for</source>
        <translation>猫背の継続時間</translation>
    </message>
    <message>
        <source>A slouch held this long brings the next break forward, with an exercise that answers it (never sooner than the notice allows, and never during a call, a full-screen window, do-not-disturb or a meeting).</source>
        <translation>この時間猫背が続くと、それを和らげるエクササイズとともに次の休憩が早まります（予告で許される時間より早くなることはなく、通話中、全画面表示中、おやすみモード中、会議中にもなりません）。</translation>
    </message>
    <message>
        <source>minutes</source>
        <extracomment>The units and choices the dialog shows (choices that are `terms` are translated there).</extracomment>
        <translation>分</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>回</translation>
    </message>
    <message>
        <source>snoozes</source>
        <translation>回</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>回</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>控えめ</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>{0} is not a TOML list like {1}</source>
        <translation>{0} は {1} のような TOML のリストではありません</translation>
    </message>
    <message>
        <source>{0} is not a list</source>
        <translation>{0} はリストではありません</translation>
    </message>
    <message>
        <source>must be {0}, got {1}</source>
        <extracomment>The Python type of the checked values (the Settings dataclass declares the same).</extracomment>
        <translation>{0} である必要がありますが、{1} でした</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1} ({2})</source>
        <translation>{0} から {1} までの整数（{2}）</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1}</source>
        <translation>{0} から {1} までの整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>{0} のいずれか</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>{0} のリスト</translation>
    </message>
    <message>
        <source>a list of at least one of {0}</source>
        <translation>{0} から 1 つ以上を含むリスト</translation>
    </message>
    <message>
        <source>{0} is not one of {1}</source>
        <translation>{0} は {1} のいずれでもありません</translation>
    </message>
    <message>
        <source>{0} are not any of {1}</source>
        <translation>{0} は {1} に含まれていません</translation>
    </message>
    <message>
        <source>{0} is not a time of day as HH:MM (00:00 to 23:59)</source>
        <translation>{0} は HH:MM 形式（00:00〜23:59）の時刻ではありません</translation>
    </message>
    <message>
        <source>time ranges like {0} (&quot;&quot; for none)</source>
        <translation>{0} のような時間の範囲（なしは &quot;&quot;）</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must start before it ends</source>
        <translation>「{0}」は終わる前に始まる必要があります</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; and &quot;{1}&quot; overlap</source>
        <translation>「{0}」と「{1}」が重なっています</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a range like &quot;09:00-12:30&quot; (HH:MM-HH:MM)</source>
        <translation>「{0}」は「09:00-12:30」のような範囲（HH:MM-HH:MM）ではありません</translation>
    </message>
    <message>
        <source>a list of times like {0}</source>
        <translation>{0} のような時刻のリスト</translation>
    </message>
    <message>
        <source>lists {0} twice</source>
        <translation>{0} が 2 回含まれています</translation>
    </message>
    <message>
        <source>an absolute folder path (&quot;&quot; for the default folder)</source>
        <translation>フォルダーの絶対パス（初期値のフォルダーは &quot;&quot;）</translation>
    </message>
    <message>
        <source>a table of exercise ids and whole numbers from {0} (never) to {1} (most often), like {2} (&quot;&quot; for none)</source>
        <extracomment>How often each exercise is offered, by its id: (id, weight) pairs sorted by id, without the exercises that come as usual (weight 1).</extracomment>
        <translation>エクササイズIDと {0}（出さない）から {1}（最も多く）までの整数の表。例：{2}（なしは &quot;&quot;）</translation>
    </message>
    <message>
        <source>{0} is not an exercise id (lowercase letters, digits, -)</source>
        <translation>{0} はエクササイズIDではありません（小文字、数字、-）</translation>
    </message>
    <message>
        <source>the weight of {0} must be a whole number from {1} to {2}, got {3}</source>
        <translation>{0} の重みは {1} から {2} までの整数にしてください（指定値：{3}）</translation>
    </message>
    <message>
        <source>{0} is not a TOML table like {1}</source>
        <translation>{0} は {1} のような TOML の表ではありません</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not like &quot;chin-tuck=2&quot;</source>
        <translation>「{0}」は「chin-tuck=2」の形ではありません</translation>
    </message>
    <message>
        <source>Allowed: {0}</source>
        <extracomment>Choices that are words of the domain, and the days: translated with `terms` (one place).</extracomment>
        <translation>使える値：{0}</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>{0} の問題</translation>
    </message>
    <message>
        <source>As usual</source>
        <extracomment>The rows&apos; choices when an exercise is on: (weight, words).</extracomment>
        <translation>通常</translation>
    </message>
    <message>
        <source>More often</source>
        <translation>多め</translation>
    </message>
    <message>
        <source>Most often</source>
        <translation>最も多く</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>出す</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>Find an exercise</source>
        <translation>エクササイズを探す</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0}（見つかりません）</translation>
    </message>
    <message>
        <source>Offer {0}</source>
        <translation>{0} を出す</translation>
    </message>
    <message>
        <source>How often {0} comes</source>
        <translation>{0} が出る頻度</translation>
    </message>
    <message>
        <source>{0} was written by a newer postureapp (schema {1}); this version will not change it</source>
        <translation>{0} は新しい postureapp が書いたものです（スキーマ {1}）。このバージョンでは変更しません</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>postureapp — starting</source>
        <translation>postureapp — 起動中</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>休憩中</translation>
    </message>
    <message>
        <source>Paused — resume from the menu</source>
        <translation>一時停止中 — メニューから再開</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>{0} まで一時停止中</translation>
    </message>
    <message>
        <source>No break planned</source>
        <translation>予定された休憩はありません</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>長い休憩</translation>
    </message>
    <message>
        <source>short break</source>
        <translation>短い休憩</translation>
    </message>
    <message>
        <source>Next {0} at {1}</source>
        <translation>次の{0}：{1}</translation>
    </message>
    <message>
        <source>(after a meeting)</source>
        <translation>（会議の後）</translation>
    </message>
    <message>
        <source>(before a meeting)</source>
        <translation>（会議の前）</translation>
    </message>
    <message>
        <source>(early: you have slouched a while)</source>
        <translation>（早め：しばらく猫背が続いています）</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>short break</source>
        <extracomment>The translation context of every label below. (member, label). A list, not a dict: members of different sets may share a value (&quot;neck&quot;, &quot;natural&quot;), and StrEnum members with equal values are equal dict keys.</extracomment>
        <translation>短い休憩</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>長い休憩</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>途中で終了</translation>
    </message>
    <message>
        <source>stopped (it hurt)</source>
        <translation>中止（痛みあり）</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>away (natural break)</source>
        <translation>離席（自然な休憩）</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation>決まった時刻</translation>
    </message>
    <message>
        <source>away</source>
        <translation>離席</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>姿勢</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>背中の上部</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>首</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>肩</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>胸</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>腰</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>座って</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>立って</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>床で</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>壁</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>フォームローラー</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>タオル</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>ひねり</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>伸展</translation>
    </message>
    <message>
        <source>flexion</source>
        <translation>屈曲</translation>
    </message>
    <message>
        <source>side bend</source>
        <translation>横に曲げる</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>首</translation>
    </message>
    <message>
        <source>shoulder blades</source>
        <translation>肩甲骨</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>息を吸う</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>息を吐く</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>ゆっくり呼吸</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右側</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>左側</translation>
    </message>
    <message>
        <source>one side</source>
        <translation>片側</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>両側</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>良くなった</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>同じ</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>悪くなった</translation>
    </message>
    <message>
        <source>A warning sign</source>
        <translation>危険なサイン</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
</context>
</TS>
