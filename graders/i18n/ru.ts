/** Русские тексты сообщений проверяющего кода; ключи те же, что в en.ts. */
import type { MessageKey } from './en.ts';

export const ru: Record<MessageKey, string> = {
  'task.passed': 'готово',
  'task.failed': 'пока нет',

  'layers.title': 'Слои и docker diff',
  'layers.goal':
    'Создайте из alpine:3.20 контейнер с именем `layered`, для которого `docker diff` показывает ровно: A /app, A /app/hello.txt, C /etc, D /etc/motd. Сохраните его как образ layered:v1 и убедитесь, что alpine:3.20 остался тем же образом.',
  'layers.diff.title': '`docker diff layered` показывает ровно нужные изменения',
  'layers.diff.noContainer': 'Контейнера с именем {name} нет. Создайте его командой `docker run --name {name} ...` (без --rm, чтобы он остался для diff и commit).',
  'layers.diff.missing': 'В выводе `docker diff` пока нет: {changes}.',
  'layers.diff.extra': '`docker diff` показывает лишние изменения: {changes}. Запустите новый контейнер и измените только то, что требуется.',
  'layers.commit.title': 'Образ layered:v1 — это базовый образ плюс один слой',
  'layers.commit.missing': 'Образа {image} нет. Сохраните контейнер командой `docker commit`.',
  'layers.commit.notFromBase': 'Образ {image} построен не на слоях {base}.',
  'layers.commit.layerCount': 'В образе {image} слоёв: {actual}; commit контейнера из базового образа даёт {expected}.',
  'layers.base.title': 'Базовый образ alpine:3.20 не изменился',
  'layers.base.commitFirst': 'Сначала сохраните контейнер как {image}, потом сравните с ним базовый образ.',
  'layers.base.missing': 'Образа {base} больше нет. Удалять его было не нужно: commit никогда не меняет базовый образ.',
  'layers.base.changed': 'Имя {base} теперь указывает на другой образ ({now} вместо {was}): commit сохранён под именем базового образа.',
  'layers.hint.diff': '`docker diff ИМЯ` перечисляет изменения в собственном слое контейнера: A — добавлено, C — изменено, D — удалено.',
  'layers.hint.etc': 'Удаление файла в /etc меняет и сам каталог /etc, поэтому строка C /etc появится сама.',
  'layers.hint.commit': '`docker commit ИМЯ layered:v1` сохраняет слой контейнера как новый слой образа; сравните `docker history` обоих образов.',

  'volumes.title': 'Именованные тома и tmpfs',
  'volumes.goal':
    'Запишите файл в именованный том из одного контейнера и прочитайте его из другого; не удаляйте оба контейнера (без --rm), чтобы проверка их увидела. Затем покажите, что файл, записанный в tmpfs, пропадает после перезапуска контейнера.',
  'volumes.shared.title': 'Именованный том подключён к двум разным контейнерам',
  'volumes.shared.noNamed': 'Именованный том пока не использовался. Анонимный том (`-v /data`) у каждого контейнера свой; дайте тому имя: `-v ИМЯ:/data`.',
  'volumes.shared.gone': 'Не осталось ни одного контейнера, который использовал именованный том: контейнеры с --rm удаляются сразу после завершения. Запустите пишущий и читающий контейнеры без --rm.',
  'volumes.shared.notTwo': 'Именованный том подключался только к одному контейнеру. Подключите тот же том ко второму контейнеру.',
  'volumes.written.title': 'В общем томе лежат записанные данные',
  'volumes.written.noVolume': 'Нет общего именованного тома, в который можно заглянуть (возможно, его удалили).',
  'volumes.written.empty': 'В корне тома {volume} нет ни одного файла с текстом.',
  'volumes.read.title': 'Второй контейнер прочитал данные из тома',
  'volumes.read.none': 'Ни один контейнер, созданный после записи файла, не вывел его содержимое. Запустите второй контейнер с тем же томом и выведите файл (например, через `cat`).',
  'volumes.tmpfs.title': 'Данные в tmpfs теряются при перезапуске контейнера',
  'volumes.tmpfs.none': 'Ни у одного запущенного контейнера не было tmpfs. Используйте `--tmpfs ПУТЬ` или `--mount type=tmpfs,target=ПУТЬ`.',
  'volumes.tmpfs.neverWritten': 'В tmpfs так ничего и не записали. Создайте там файл до перезапуска контейнера.',
  'volumes.tmpfs.notRestarted': 'В tmpfs есть данные, но контейнер с тех пор не перезапускали (не останавливали и не запускали снова).',
  'volumes.hint.named': '`docker volume create ИМЯ` или просто `-v ИМЯ:/путь`: именованный том живёт дольше контейнеров, которые его используют.',
  'volumes.hint.read': 'Не удаляйте контейнеры (без --rm): один пишет, другой читает через `cat` — своей командой или через `docker exec`.',
  'volumes.hint.tmpfs': '`docker restart ИМЯ` (или stop и start), затем `docker exec ИМЯ ls ПУТЬ`.',
};
