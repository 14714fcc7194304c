import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { createPopupActions } from './connector';

render(<Popup actions={createPopupActions()} />, document.getElementById('app') as HTMLElement);
