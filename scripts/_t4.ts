import { MODEL } from '/work/main/tests/fixtures/template2019/model';
import { renderText } from '/work/main/tests/helpers/forms';
const t = renderText(MODEL, 'spaces');
const i = t.indexOf('四、政府信息公开行政复议');
console.log(t.slice(i, i + 600));
