import type { Messages } from "../en";
import common from "./common";

const de = { ...common } satisfies Messages;

export default de;
