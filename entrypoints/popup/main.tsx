import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { connectToActiveTab } from './connector';

render(<Popup load={connectToActiveTab} />, document.getElementById('app') as HTMLElement);
